import { useId } from 'react';
import { DateField } from '../ui/DateField';

/**
 * A labelled textarea and an optional date field, bound to one key of the session notes. Plain
 * controlled inputs on purpose: nothing is stored while typing (notes live in memory only).
 */
export function NoteField({
  label,
  hint,
  value,
  onChange,
  dateLabel,
  dateHint,
  date,
  onDateChange,
  name,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange(text: string): void;
  dateLabel?: string;
  dateHint?: string;
  date?: string;
  onDateChange?(date: string): void;
  /** A stable name for tests and autofill opt-out. */
  name: string;
}) {
  const id = useId();
  const textId = `${id}-text`;
  const hintId = `${id}-hint`;
  return (
    <div className="zr-note-field">
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label zr-note-field__label" htmlFor={textId}>
          {label}
        </label>
        {hint ? (
          <p className="utrecht-form-field-description zr-hint" id={hintId}>
            {hint}
          </p>
        ) : null}
        <textarea
          id={textId}
          name={name}
          className="utrecht-textarea utrecht-textarea--html-textarea zr-textarea"
          rows={4}
          value={value}
          aria-describedby={hint ? hintId : undefined}
          // No spell-check upload, no autofill memory of what is typed about a child.
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {dateLabel && onDateChange ? (
        <div className="zr-note-field__date">
          <DateField name={`${name}@date`} label={dateLabel} hint={dateHint} value={date} onChange={onDateChange} />
        </div>
      ) : null}
    </div>
  );
}
