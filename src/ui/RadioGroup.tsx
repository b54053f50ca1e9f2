import type { ReactNode } from 'react';
import { ChoiceFieldset, type ChoiceOption } from './ChoiceFieldset';

export type RadioOption = ChoiceOption;

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
  return (
    <ChoiceFieldset
      type="radio"
      name={name}
      legend={legend}
      hint={hint}
      options={options}
      isChecked={(option) => value === option}
      onToggle={(option) => onChange(option)}
      error={error}
      idPrefix={idPrefix}
      markInvalid
    >
      {children}
    </ChoiceFieldset>
  );
}
