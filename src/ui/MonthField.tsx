import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './date-field.css';
import { monthName } from './month';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * A counter month ('YYYY-MM') as a month chosen by name and a year typed in, in the page's language:
 * the browser's `<input type="month">` speaks the browser's language (issue 12.9), as its date input
 * does (ui/DateField). The value passed on is 'YYYY-MM'; while the year is not yet four digits or no
 * month is chosen it is the incomplete text, which the caller's check refuses as it did before.
 */
export function MonthField({
  id,
  label,
  hint,
  value,
  onChange,
  invalid,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
}) {
  const { t, i18n } = useTranslation('fields');
  const own = useId();
  const [year = '', month = ''] = value.split('-');
  const set = (nextYear: string, nextMonth: string) => onChange(`${nextYear}-${nextMonth}`);
  return (
    <fieldset
      className="utrecht-form-fieldset zr-date-field zr-month-field"
      id={id}
      aria-describedby={hint ? `${own}-hint` : undefined}
      data-month-field={id}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-label zr-date-field__legend">{label}</legend>
      {hint ? (
        <p className="utrecht-form-field-description zr-hint" id={`${own}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="zr-date-field__boxes">
        <div className="zr-date-field__item">
          <label className="utrecht-form-label zr-date-field__label" htmlFor={`${id}-month`}>
            {t('date.month')}
          </label>
          <select
            id={`${id}-month`}
            className="utrecht-select utrecht-select--html-select zr-date-field__input"
            value={month}
            aria-invalid={invalid || undefined}
            onChange={(event) => set(year, event.currentTarget.value)}
          >
            <option value="">{t('date.chooseMonth')}</option>
            {MONTHS.map((m) => (
              <option key={m} value={String(m).padStart(2, '0')}>
                {monthName(m, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="zr-date-field__item">
          <label className="utrecht-form-label zr-date-field__label" htmlFor={`${id}-year`}>
            {t('date.year')}
          </label>
          <input
            id={`${id}-year`}
            className="utrecht-textbox utrecht-textbox--html-input zr-date-field__input zr-date-field__input--4"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            aria-invalid={invalid || undefined}
            value={year}
            onChange={(event) => set(event.currentTarget.value.replace(/[^\d]/g, ''), month)}
          />
        </div>
      </div>
    </fieldset>
  );
}
