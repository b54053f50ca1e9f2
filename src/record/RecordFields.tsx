import { ACTIVITIES, CONTACTS, SCHOOL_TYPES, THEMES, VIAS, type Activity, type Contact, type SchoolType, type Theme, type Via } from '../../machines/ids';
import type { SchoolSetting } from '../storage/settings';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { RadioGroup } from '../ui/RadioGroup';
import { Paragraph } from '../ui/Paragraph';
import { useRecordT } from './sector';

/** What the worker chooses (the rest of a registration comes from the concern or the month). */
export interface RecordChoice {
  school: string;
  contacts: Contact[];
  /** '' = "not known" chosen; undefined = nothing chosen (nothing is pre-selected for the user). */
  via?: Via | '';
  activities: Activity[];
  themes: Theme[];
  /**
   * No schools set up yet (a first day): the school is named here and added to the settings when
   * counting, so counting needs no detour through the settings.
   */
  newSchool?: { name: string; type: SchoolType | '' };
}

export const EMPTY_CHOICE: RecordChoice = { school: '', contacts: [], activities: [], themes: [] };

/** Above this many schools a select is quicker to use than a long list of radio buttons. */
const MAX_RADIO_SCHOOLS = 6;

export interface FieldErrors {
  school?: string;
  newSchoolName?: string;
  newSchoolType?: string;
  activities?: string;
}

/**
 * The fields of a registration (MELDCODE.md §6): school, contacts, via, activities, themes. Used by
 * the panel on an outcome page and by the quick registration. Each group is a fieldset with a
 * legend; ids are `${idPrefix}-<field>-<n>` so an error summary can link to the first input.
 */
export function RecordFields({
  schools,
  value,
  onChange,
  errors = {},
  idPrefix,
  disabled = false,
}: {
  schools: readonly SchoolSetting[];
  value: RecordChoice;
  onChange(value: RecordChoice): void;
  errors?: FieldErrors;
  idPrefix: string;
  disabled?: boolean;
}) {
  const { t } = useRecordT();
  const set = <K extends keyof RecordChoice>(key: K, v: RecordChoice[K]) => onChange({ ...value, [key]: v });
  const schoolLabel = (s: SchoolSetting) => `${s.name} (${s.type.toUpperCase()})`;

  return (
    <fieldset className="zr-record-fields" disabled={disabled}>
      {schools.length === 0 ? (
        <NewSchoolFields idPrefix={idPrefix} value={value.newSchool ?? { name: '', type: '' }} onChange={(v) => set('newSchool', v)} errors={errors} />
      ) : schools.length > MAX_RADIO_SCHOOLS ? (
        <div className={`utrecht-form-field zr-select-field${errors.school ? ' zr-radio-group--invalid' : ''}`}>
          <label className="utrecht-form-label zr-legend-text" htmlFor={`${idPrefix}-school-0`}>
            {t('record:fields.school')}
          </label>
          <p id={`${idPrefix}-school-hint`} className="utrecht-form-field-description zr-hint">
            {t('record:fields.schoolHint')}
          </p>
          {errors.school ? (
            <p id={`${idPrefix}-school-error`} className="utrecht-form-field-error-message zr-error-message">
              {errors.school}
            </p>
          ) : null}
          <select
            id={`${idPrefix}-school-0`}
            className="utrecht-select utrecht-select--html-select zr-select"
            value={value.school}
            aria-describedby={`${idPrefix}-school-hint${errors.school ? ` ${idPrefix}-school-error` : ''}`}
            aria-invalid={errors.school ? true : undefined}
            onChange={(event) => set('school', event.currentTarget.value)}
          >
            <option value="">—</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {schoolLabel(s)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <RadioGroup
          name={`${idPrefix}-school`}
          idPrefix={`${idPrefix}-school`}
          legend={<span className="zr-legend-text">{t('record:fields.school')}</span>}
          hint={t('record:fields.schoolHint')}
          options={schools.map((s) => ({ value: s.id, label: schoolLabel(s) }))}
          value={value.school}
          onChange={(v) => set('school', v)}
          error={errors.school}
        />
      )}
      <CheckboxGroup
        name={`${idPrefix}-activities`}
        idPrefix={`${idPrefix}-activities`}
        legend={<span className="zr-legend-text">{t('record:fields.activities')}</span>}
        hint={t('record:fields.activitiesHint')}
        options={ACTIVITIES.map((a) => ({ value: a, label: t(`dimensions:activiteit.${a}`) }))}
        value={value.activities}
        onChange={(v) => set('activities', v as Activity[])}
        error={errors.activities}
      />
      <CheckboxGroup
        name={`${idPrefix}-contacts`}
        idPrefix={`${idPrefix}-contacts`}
        legend={<span className="zr-legend-text">{t('record:fields.contacts')}</span>}
        hint={t('record:fields.contactsHint')}
        options={CONTACTS.map((c) => ({ value: c, label: t(`dimensions:contact.${c}`) }))}
        value={value.contacts}
        onChange={(v) => set('contacts', v as Contact[])}
      />
      <RadioGroup
        name={`${idPrefix}-via`}
        idPrefix={`${idPrefix}-via`}
        legend={<span className="zr-legend-text">{t('record:fields.via')}</span>}
        options={[
          ...VIAS.map((v) => ({ value: v, label: t(`dimensions:via.${v}`) })),
          { value: '', label: t('record:fields.viaUnknown') },
        ]}
        value={value.via}
        onChange={(v) => set('via', v as Via | '')}
      />
      <CheckboxGroup
        name={`${idPrefix}-themes`}
        idPrefix={`${idPrefix}-themes`}
        legend={<span className="zr-legend-text">{t('record:fields.themes')}</span>}
        hint={t('record:fields.themesHint')}
        options={THEMES.map((th) => ({ value: th, label: t(`dimensions:thema.${th}`) }))}
        value={value.themes}
        onChange={(v) => set('themes', v as Theme[])}
        columns
      />
    </fieldset>
  );
}

/**
 * A first school, named where it is needed (the record panel or quick registration on a fresh
 * install): its name and its type, both required; it is added to the settings when counting.
 */
function NewSchoolFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: { name: string; type: SchoolType | '' };
  onChange(value: { name: string; type: SchoolType | '' }): void;
  errors: FieldErrors;
}) {
  const { t } = useRecordT();
  const nameId = `${idPrefix}-newschool-name`;
  return (
    <fieldset className="zr-record-fields__new-school" data-testid="record-new-school">
      <legend className="zr-legend-text">{t('record:newSchool.legend')}</legend>
      <Paragraph className="zr-hint">{t('record:newSchool.hint')}</Paragraph>
      <div className={`utrecht-form-field zr-field${errors.newSchoolName ? ' zr-radio-group--invalid' : ''}`}>
        <label className="utrecht-form-label zr-field__label" htmlFor={nameId}>
          {t('record:newSchool.name')}
        </label>
        {errors.newSchoolName ? (
          <p id={`${nameId}-error`} className="utrecht-form-field-error-message zr-error-message">
            {errors.newSchoolName}
          </p>
        ) : null}
        <input
          id={nameId}
          name={`${idPrefix}-newschool-name`}
          type="text"
          className="utrecht-textbox utrecht-textbox--html-input zr-textbox"
          value={value.name}
          maxLength={200}
          autoComplete="organization"
          aria-invalid={errors.newSchoolName ? true : undefined}
          aria-describedby={errors.newSchoolName ? `${nameId}-error` : undefined}
          onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
        />
      </div>
      <RadioGroup
        name={`${idPrefix}-newschool-type`}
        idPrefix={`${idPrefix}-newschool-type`}
        legend={<span className="zr-field__label">{t('record:newSchool.type')}</span>}
        options={SCHOOL_TYPES.map((type) => ({ value: type, label: t(`dimensions:schoolType.${type}`) }))}
        value={value.type}
        onChange={(type) => onChange({ ...value, type: type as SchoolType })}
        error={errors.newSchoolType}
      />
    </fieldset>
  );
}
