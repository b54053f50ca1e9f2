import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './date-field.css';

type Parts = { day: string; month: string; year: string };

const pad2 = (s: string) => s.padStart(2, '0');

/** 'YYYY-MM-DD' for three parts that make a real calendar date; undefined otherwise. */
export function isoFromParts({ day, month, year }: Parts): string | undefined {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function partsFromIso(value: string | undefined): Parts {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return match ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) } : { day: '', month: '', year: '' };
}

/**
 * A date as three labelled boxes (day, month, year), the GOV.UK / NL Design System date pattern,
 * instead of the browser's date control: that one shows its placeholder and calendar in the
 * browser's language and order (mm/dd/yyyy in an English Chromium) whatever the page's language
 * is (issue 12.9). The value stays 'YYYY-MM-DD' (drafts and exports read that); '' when empty.
 * A date that does not exist is said when the user leaves the field, and is not passed on.
 */
export function DateField({
  label,
  hint,
  value,
  onChange,
  name,
}: {
  label: string;
  hint?: string;
  value: string | undefined;
  onChange: (iso: string) => void;
  /** Base of the inputs' names (name-dag, name-maand, name-jaar). */
  name: string;
}) {
  const { t } = useTranslation('fields');
  const id = useId();
  const [parts, setParts] = useState<Parts>(() => partsFromIso(value));
  const [invalid, setInvalid] = useState(false);

  // A value from outside (a draft opened, the form cleared) replaces what the boxes show, but a date
  // being typed (not yet whole) is left alone.
  useEffect(() => {
    const shown = isoFromParts(parts);
    if ((value ?? '') === (shown ?? '')) return;
    if (value || shown) {
      setParts(partsFromIso(value));
      setInvalid(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new value from outside resets the boxes
  }, [value]);

  const update = (part: keyof Parts, text: string) => {
    const next = { ...parts, [part]: text.replace(/[^\d]/g, '') };
    setParts(next);
    const iso = isoFromParts(next);
    if (iso) setInvalid(false);
    // Only a whole, existing date is passed on; a half-typed one counts as no date yet.
    onChange(iso ?? '');
  };

  const check = () => {
    const empty = !parts.day && !parts.month && !parts.year;
    setInvalid(!empty && !isoFromParts(parts));
  };

  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const box = (part: keyof Parts, width: 2 | 4) => (
    <div className="zr-date-field__item">
      <label className="utrecht-form-label zr-date-field__label" htmlFor={`${id}-${part}`}>
        {t(`date.${part}`)}
      </label>
      <input
        id={`${id}-${part}`}
        name={`${name}-${part}`}
        className={`utrecht-textbox utrecht-textbox--html-input zr-date-field__input zr-date-field__input--${width}${invalid ? ' utrecht-textbox--invalid' : ''}`}
        inputMode="numeric"
        maxLength={width}
        // Not kept in form history or session restore: a date of a step in a child's file.
        autoComplete="off"
        aria-invalid={invalid || undefined}
        value={parts[part]}
        data-date-part={part}
        onChange={(event) => update(part, event.target.value)}
        onBlur={check}
      />
    </div>
  );

  return (
    <fieldset className="utrecht-form-fieldset zr-date-field" aria-describedby={describedBy} data-date-field={name}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-label zr-date-field__legend">{label}</legend>
      {hint ? (
        <p className="utrecht-form-field-description zr-hint" id={`${id}-hint`}>
          {hint} {t('date.example')}
        </p>
      ) : (
        <p className="utrecht-form-field-description zr-hint" id={`${id}-hint`}>
          {t('date.example')}
        </p>
      )}
      {invalid ? (
        <p className="utrecht-form-field-error-message zr-error-message" id={`${id}-error`}>
          {t('date.invalid')}
        </p>
      ) : null}
      <div className="zr-date-field__boxes">
        {box('day', 2)}
        {box('month', 2)}
        {box('year', 4)}
      </div>
    </fieldset>
  );
}
