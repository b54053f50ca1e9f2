import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../content/import-messages';
import { DEFAULT_SOCIALE_KAART, MAX_KAART_FILE_BYTES, type SocialeKaart } from '../../content/sociale-kaart';
import { Button } from '../ui/Button';
import { Heading2 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { downloadText } from '../ui/download';
import { ImportError } from '../ui/ImportError';
import { formatBytes, readTextFile } from '../ui/readFile';
import { SaveStatus, useStatus } from './fields';
import type { SectionProps } from './SettingsPage';

/** 'sociale-kaart-welstad.json' */
function fileName(kaart: SocialeKaart): string {
  const slug = kaart.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `sociale-kaart${slug ? `-${slug}` : ''}.json`;
}

/**
 * The organisation's sociale kaart (HSDS-shaped): what is in use, export as JSON to edit, import a
 * JSON file (validated by content/sociale-kaart.schema.ts, loaded with import() so zod stays off
 * every other page). An invalid file is refused with one plain sentence, the validator's issues
 * folded away, and changes nothing.
 */
export function KaartSection({ settings, save }: SectionProps) {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const kaart = settings.socialeKaart ?? DEFAULT_SOCIALE_KAART;
  const isDefault = settings.socialeKaart === undefined;
  const [invalid, setInvalid] = useState<{ key: 'tooLarge' | 'unreadable' | 'wrongFile' | 'invalid'; file: string; issues: ImportIssue[] }>();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const status = useStatus();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const name = (id: string, fallback: string) => (isDefault ? t(`common:partners.${id}`, { defaultValue: fallback }) : fallback);

  async function importFile(file: File) {
    setInvalid(undefined);
    status.clear();
    try {
      // The size first: a file of any size is never read into memory (issue 13).
      const read = await readTextFile(file, MAX_KAART_FILE_BYTES);
      if (!read.ok) {
        setInvalid({ key: read.reason === 'too-large' ? 'tooLarge' : 'unreadable', file: file.name, issues: [] });
        return;
      }
      const { parseSocialeKaart } = await import('../../content/sociale-kaart.schema');
      const result = parseSocialeKaart(read.text);
      if (!result.ok) {
        setInvalid({ key: result.kind === 'not-json' ? 'wrongFile' : 'invalid', file: file.name, issues: result.issues });
        return;
      }
      await save({ socialeKaart: result.kaart });
      status.ok(t('settings:kaart.imported', { name: result.kaart.name, count: result.kaart.services.length }));
    } catch {
      status.fail(t('settings:errors.save'));
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function reset() {
    setInvalid(undefined);
    try {
      await save({ socialeKaart: undefined });
      status.ok(t('settings:kaart.resetDone'));
    } catch {
      status.fail(t('settings:errors.save'));
    }
  }

  const internal = kaart.services.filter((s) => s.kind === 'internal').length;
  return (
    <section className="zr-section zr-settings__section" aria-labelledby="settings-kaart">
      <Heading2 id="settings-kaart">{t('settings:kaart.title')}</Heading2>
      <Paragraph>{t('settings:kaart.lead')}</Paragraph>
      <dl className="utrecht-data-list zr-settings__facts" data-testid="settings-kaart">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('settings:kaart.name')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {kaart.name}
            {isDefault ? ` (${t('settings:kaart.default')})` : ''}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('settings:kaart.services')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {t('settings:kaart.servicesCount', { count: kaart.services.length, internal, external: kaart.services.length - internal })}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('settings:kaart.confirmed')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{date(kaart.lastConfirmed)}</dd>
        </div>
      </dl>
      <details className="zr-details">
        <summary className="zr-details__summary">{t('settings:kaart.showServices')}</summary>
        <div className="zr-details__content">
          <div className="zr-table-wrap" role="region" aria-labelledby="settings-kaart-caption" tabIndex={0}>
            <table className="utrecht-table zr-table">
              <caption id="settings-kaart-caption" className="utrecht-table__caption">
                {t('settings:kaart.servicesTable')}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('settings:kaart.service')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('settings:kaart.kind')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('settings:kaart.status')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('settings:kaart.confirmed')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {kaart.services.map((s) => (
                  <tr key={s.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {name(s.id, s.name)}
                    </th>
                    <td className="utrecht-table__cell">{t(`common:partnerKinds.${s.kind}`)}</td>
                    <td className="utrecht-table__cell">{t(`settings:kaart.statuses.${s.status}`)}</td>
                    <td className="utrecht-table__cell">{date(s.lastConfirmed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </details>

      <div className="zr-settings__actions">
        <Button appearance="secondary" onClick={() => downloadText(`${JSON.stringify(kaart, null, 2)}\n`, fileName(kaart), 'application/json')}>
          {t('settings:kaart.export')}
        </Button>
        {isDefault ? null : (
          <Button appearance="secondary" onClick={() => void reset()}>
            {t('settings:kaart.reset')}
          </Button>
        )}
      </div>
      <div className="utrecht-form-field zr-field zr-file-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label zr-field__label" htmlFor={inputId}>
            {t('settings:kaart.import')}
          </label>
        </div>
        <div id={`${inputId}-hint`} className="utrecht-form-field-description zr-hint">
          {t('settings:kaart.importHint')}
        </div>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="zr-file-input"
          aria-describedby={`${inputId}-hint`}
          data-testid="settings-kaart-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {invalid ? (
        <ImportError
          data-testid="settings-kaart-error"
          message={t(`settings:kaart.errors.${invalid.key}`, { file: invalid.file, max: formatBytes(MAX_KAART_FILE_BYTES, language) })}
          details={invalid.issues.map((issue) => `${issue.path}: ${issue[language]}`)}
          detailsLabel={t('common:import.details')}
        />
      ) : null}
      <SaveStatus message={status.message} error={status.error} />
    </section>
  );
}
