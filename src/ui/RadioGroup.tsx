import { useId, type ReactNode } from 'react';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * A radio group as an NL Design System fieldset. The legend is the question; `legendIsHeading`
 * puts the page's h1 inside the legend (GOV.UK "one question per page": the question is announced
 * once, as both heading and group label). Errors are said in text and linked by aria-describedby.
 */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  idPrefix,
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: RadioOption[];
  value?: string;
  onChange(value: string): void;
  error?: ReactNode;
  /** Ids of the inputs are `${idPrefix}-${index}` so an error summary can link to the first. */
  idPrefix: string;
  /** Rendered between hint and options (help, definitions, the official quote). */
  children?: ReactNode;
}) {
  const uid = useId();
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-fieldset zr-radio-group${error ? ' utrecht-form-fieldset--invalid zr-radio-group--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {hint ? (
          <div id={hintId} className="utrecht-form-field-description zr-hint">
            {hint}
          </div>
        ) : null}
        {children}
        {error ? (
          <p id={errorId} className="utrecht-form-field-error-message zr-error-message">
            {error}
          </p>
        ) : null}
        <div className="zr-radio-options">
          {options.map((option, index) => {
            const id = `${idPrefix}-${index}`;
            const optionHintId = option.hint ? `${id}-hint` : undefined;
            return (
              <div key={option.value} className="utrecht-form-field utrecht-form-field--radio zr-radio">
                <div className="utrecht-form-field__input">
                  <input
                    type="radio"
                    className={`utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}`}
                    id={id}
                    name={name}
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => onChange(option.value)}
                    aria-describedby={optionHintId}
                  />
                </div>
                <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                  <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
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
