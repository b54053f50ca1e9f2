import { useId, type ReactNode } from 'react';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** The NL Design System class names of each kind of input. */
const INPUT_CLASS = { radio: 'utrecht-radio-button', checkbox: 'utrecht-checkbox' } as const;

/**
 * What RadioGroup and CheckboxGroup share: an NL Design System fieldset whose legend names the group
 * (each input is announced with its question), a hint and an error said in text and linked by
 * aria-describedby, and the options, each an input with its label and its own hint. Ids of the inputs
 * are `${idPrefix}-${index}` so an error summary can link to the first.
 */
export function ChoiceFieldset({
  type,
  name,
  legend,
  hint,
  options,
  isChecked,
  onToggle,
  error,
  idPrefix,
  markInvalid = false,
  columns = false,
  children,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: ChoiceOption[];
  isChecked(value: string): boolean;
  onToggle(value: string, checked: boolean): void;
  error?: ReactNode;
  idPrefix: string;
  /** aria-invalid on the fieldset too, when there is an error. */
  markInvalid?: boolean;
  /** Lay long lists out in columns on wide screens. */
  columns?: boolean;
  /** Rendered between hint and options (help, definitions, the official quote). */
  children?: ReactNode;
}) {
  const uid = useId();
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const input = INPUT_CLASS[type];
  return (
    <div
      className={`utrecht-form-fieldset zr-radio-group${type === 'checkbox' ? ' zr-checkbox-group' : ''}${error ? ' utrecht-form-fieldset--invalid zr-radio-group--invalid' : ''}`}
    >
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy}
        aria-invalid={markInvalid && error ? true : undefined}
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
        <div className={`zr-radio-options${columns ? ' zr-checkbox-columns' : ''}`}>
          {options.map((option, index) => {
            const id = `${idPrefix}-${index}`;
            const optionHintId = option.hint ? `${id}-hint` : undefined;
            return (
              <div
                key={option.value}
                className={`utrecht-form-field utrecht-form-field--${type} zr-radio${type === 'checkbox' ? ' zr-checkbox' : ''}`}
              >
                <div className="utrecht-form-field__input">
                  <input
                    type={type}
                    className={`${input} ${input}--html-input${error ? ` ${input}--invalid` : ''}`}
                    id={id}
                    name={name}
                    value={option.value}
                    checked={isChecked(option.value)}
                    onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
                    aria-describedby={optionHintId}
                  />
                </div>
                <div className={`utrecht-form-field__label utrecht-form-field__label--${type}`}>
                  <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={id}>
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
