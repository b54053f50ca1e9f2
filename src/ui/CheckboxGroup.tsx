import type { ReactNode } from 'react';
import { ChoiceFieldset, type ChoiceOption } from './ChoiceFieldset';
import './checkbox.css';

export type CheckboxOption = ChoiceOption;

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
  const checked = new Set(value);
  const toggle = (option: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <ChoiceFieldset
      type="checkbox"
      name={name}
      legend={legend}
      hint={hint}
      options={options}
      isChecked={(option) => checked.has(option)}
      onToggle={toggle}
      error={error}
      idPrefix={idPrefix}
      columns={columns}
    />
  );
}
