import { useRef, useState, type FormEvent } from 'react';
import { SCHOOL_TYPES, type SchoolType } from '../../machines/ids';
import { uniqueSlug, type SchoolSetting } from '../storage/settings';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading2, Heading3 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { RadioGroup } from '../ui/RadioGroup';
import { ScrollTable } from '../ui/ScrollTable';
import { useSectorT } from '../ui/sectorWords';
import { SaveStatus, TextField, useStatus } from './fields';
import type { SectionProps } from './SettingsPage';

const MAX_NAME = 200;

interface Draft {
  /** undefined: adding a new school */
  id?: string;
  name: string;
  type: SchoolType | '';
}

const EMPTY: Draft = { name: '', type: '' };

/**
 * The organisation's schools, each PO or VO; in the kinderopvang its locaties, each counted under PO
 * or VO (the words follow the sector: src/ui/sectorWords.tsx). A school's id is made from its name once and kept when
 * the name changes, so its counters stay its own; removing a school keeps its counters too (the
 * report then shows them under the id).
 */
export function SchoolsSection({ settings, save }: SectionProps) {
  const { t } = useSectorT(['settings', 'common']);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<{ name?: string; type?: string }>({});
  const [showSummary, setShowSummary] = useState(false);
  const [confirming, setConfirming] = useState<string>();
  const status = useStatus();
  const nameRef = useRef<HTMLInputElement>(null);
  const schools = settings.schools;
  const editing = draft.id !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = draft.name.trim();
    const found: typeof errors = {};
    if (!name) found.name = t('settings:schools.errors.name');
    else if (name.length > MAX_NAME) found.name = t('settings:schools.errors.nameLong', { max: MAX_NAME });
    if (!draft.type) found.type = t('settings:schools.errors.type');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setShowSummary(true);
      return;
    }
    setShowSummary(false);
    const type = draft.type as SchoolType;
    const next: SchoolSetting[] = editing
      ? schools.map((s) => (s.id === draft.id ? { ...s, name, type } : s))
      : [...schools, { id: uniqueSlug(name, schools.map((s) => s.id)), name, type }];
    try {
      await save({ schools: next });
      status.ok(t(editing ? 'settings:schools.updated' : 'settings:schools.added', { name }));
      setDraft(EMPTY);
      nameRef.current?.focus();
    } catch {
      status.fail(t('settings:errors.save'));
    }
  }

  async function remove(school: SchoolSetting) {
    try {
      await save({ schools: schools.filter((s) => s.id !== school.id) });
      setConfirming(undefined);
      if (draft.id === school.id) setDraft(EMPTY);
      status.ok(t('settings:schools.removed', { name: school.name }));
      nameRef.current?.focus();
    } catch {
      status.fail(t('settings:errors.save'));
    }
  }

  function edit(school: SchoolSetting) {
    setDraft({ id: school.id, name: school.name, type: school.type });
    setErrors({});
    setShowSummary(false);
    status.clear();
    nameRef.current?.focus();
  }

  const errorList = [
    ...(errors.name ? [{ href: '#settings-school-name', text: errors.name }] : []),
    ...(errors.type ? [{ href: '#settings-school-type-0', text: errors.type }] : []),
  ];

  return (
    <section className="zr-section zr-settings__section" aria-labelledby="settings-schools">
      <Heading2 id="settings-schools">{t('settings:schools.title')}</Heading2>
      <Paragraph>{t('settings:schools.lead')}</Paragraph>
      {schools.length === 0 ? (
        <Paragraph data-testid="settings-no-schools">{t('settings:schools.none')}</Paragraph>
      ) : (
        <ScrollTable
          captionId="settings-schools-caption"
          caption={t('settings:schools.table')}
          columns={[t('settings:schools.name'), t('settings:schools.type'), t('settings:schools.code'), t('settings:schools.actions')]}
          testId="settings-schools"
        >
          {schools.map((s) => (
            <tr key={s.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {s.name}
              </th>
              <td className="utrecht-table__cell">{t(`dimensions:schoolType.${s.type}`)}</td>
              <td className="utrecht-table__cell">
                <code>{s.id}</code>
              </td>
              <td className="utrecht-table__cell">
                {confirming === s.id ? (
                  <div className="zr-settings__confirm" role="group" aria-label={t('settings:schools.removeConfirm', { name: s.name })}>
                    <Paragraph>{t('settings:schools.removeConfirm', { name: s.name })}</Paragraph>
                    <div className="zr-settings__row-actions">
                      <Button appearance="primary" onClick={() => void remove(s)}>
                        {t('settings:schools.removeYes')}
                      </Button>
                      <Button appearance="secondary" onClick={() => setConfirming(undefined)}>
                        {t('settings:schools.cancel')}
                      </Button>
                    </div>
                  </div>
                ) : (
                  <div className="zr-settings__row-actions">
                    <Button appearance="secondary" onClick={() => edit(s)}>
                      {t('settings:schools.edit')}{' '}
                      <span className="zr-visually-hidden">{s.name}</span>
                    </Button>
                    <Button appearance="secondary" onClick={() => setConfirming(s.id)}>
                      {t('settings:schools.remove')}{' '}
                      <span className="zr-visually-hidden">{s.name}</span>
                    </Button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}

      <form onSubmit={submit} noValidate className="zr-form zr-settings__school-form" aria-labelledby="settings-school-form">
        <Heading3 id="settings-school-form">
          {editing ? t('settings:schools.editTitle', { name: schools.find((s) => s.id === draft.id)?.name ?? '' }) : t('settings:schools.add')}
        </Heading3>
        {showSummary && errorList.length > 0 ? <ErrorSummary title={t('common:errors.summaryTitle')} errors={errorList} /> : null}
        <TextField
          ref={nameRef}
          id="settings-school-name"
          label={t('settings:schools.name')}
          error={errors.name}
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
        />
        <RadioGroup
          name="settings-school-type"
          idPrefix="settings-school-type"
          legend={<span className="zr-legend-text">{t('settings:schools.type')}</span>}
          hint={t('settings:schools.typeHint')}
          options={SCHOOL_TYPES.map((type) => ({ value: type, label: t(`dimensions:schoolType.${type}`) }))}
          value={draft.type}
          onChange={(v) => setDraft({ ...draft, type: v as SchoolType })}
          error={errors.type}
        />
        <div className="zr-settings__actions">
          <Button type="submit" appearance="primary">
            {editing ? t('settings:schools.saveEdit') : t('settings:schools.addButton')}
          </Button>
          {editing ? (
            <Button
              appearance="secondary"
              onClick={() => {
                setDraft(EMPTY);
                setErrors({});
              }}
            >
              {t('settings:schools.cancel')}
            </Button>
          ) : null}
        </div>
        <SaveStatus message={status.message} error={status.error} />
      </form>
    </section>
  );
}
