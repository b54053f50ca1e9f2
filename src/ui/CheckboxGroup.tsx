import { useId, type ReactNode } from 'react';
import './checkbox.css';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * A group of checkboxes as an NL Design System fieldset (the legend names the group, so each box is
 * announced with its question). Same shape as RadioGroup; `value` is the set of checked values in
 * the order of `options`. Errors are said in text and linked by aria-describedby.
 */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  idPrefix,
  columns = false,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: CheckboxOption[];
  value: readonly string[];
  onChange(value: string[]): void;
  error?: ReactNode;
  /** Ids of the inputs are `${idPrefix}-${index}` so an error summary can link to the first. */
  idPrefix: string;
  /** Lay long lists out in columns on wide screens. */
  columns?: boolean;
}) {
  const uid = useId();
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const checked = new Set(value);
  const toggle = (option: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <div
      className={`utrecht-form-fieldset zr-radio-group zr-checkbox-group${error ? ' utrecht-form-fieldset--invalid zr-radio-group--invalid' : ''}`}
    >
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {hint ? (
          <div id={hintId} className="utrecht-form-field-description zr-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="utrecht-form-field-error-message zr-error-message">
            {error}
          </p>
        ) : null}
        <div className={`zr-radio-options${columns ? ' zr-checkbox-columns' : ''}`}>
          {options.map((option, index) => {
            const id = `${idPrefix}-${index}`;
            const optionHintId = option.hint ? `${id}-hint` : undefined;
            return (
              <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox zr-radio zr-checkbox">
                <div className="utrecht-form-field__input">
                  <input
                    type="checkbox"
                    className={`utrecht-checkbox utrecht-checkbox--html-input${error ? ' utrecht-checkbox--invalid' : ''}`}
                    id={id}
                    name={name}
                    value={option.value}
                    checked={checked.has(option.value)}
                    onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                    aria-describedby={optionHintId}
                  />
                </div>
                <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                    {option.label}
                  </label>
                </div>
                {option.hint ? (
                  <div id={optionHintId} className="utrecht-form-field__description utrecht-form-field-description zr-hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
