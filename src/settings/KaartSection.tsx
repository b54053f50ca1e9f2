import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SOCIALE_KAART, MAX_KAART_FILE_BYTES, type SocialeKaart } from '../../content/sociale-kaart';
import { Button } from '../ui/Button';
import { Heading2 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { ScrollTable } from '../ui/ScrollTable';
import { downloadText } from '../ui/download';
import { SaveStatus, useStatus } from './fields';
import { FileImportField } from './FileImportField';
import type { SectionProps } from './SettingsPage';
import { formatDay } from '../ui/formatDay';

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
  const status = useStatus();
  // Remounting the import field on reset clears a refusal shown for an earlier file.
  const [importKey, setImportKey] = useState(0);
  const date = (iso: string) => formatDay(iso, i18n.language);
  const name = (id: string, fallback: string) => (isDefault ? t(`common:partners.${id}`, { defaultValue: fallback }) : fallback);

  async function reset() {
    setImportKey((k) => k + 1);
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
          <ScrollTable
            captionId="settings-kaart-caption"
            caption={t('settings:kaart.servicesTable')}
            columns={[t('settings:kaart.service'), t('settings:kaart.kind'), t('settings:kaart.status'), t('settings:kaart.confirmed')]}
          >
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
          </ScrollTable>
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
      <FileImportField<SocialeKaart>
        key={importKey}
        label={t('settings:kaart.import')}
        hint={t('settings:kaart.importHint')}
        testId="settings-kaart-file"
        errorTestId="settings-kaart-error"
        maxBytes={MAX_KAART_FILE_BYTES}
        errorsKey="settings:kaart.errors"
        parse={async (text) => {
          const { parseSocialeKaart } = await import('../../content/sociale-kaart.schema');
          const result = parseSocialeKaart(text);
          if (result.ok) return { ok: true, value: result.kaart };
          return { ok: false, key: result.kind === 'not-json' ? 'wrongFile' : 'invalid', issues: result.issues };
        }}
        onStart={status.clear}
        onValid={async (imported) => {
          await save({ socialeKaart: imported });
          status.ok(t('settings:kaart.imported', { name: imported.name, count: imported.services.length }));
        }}
        onError={() => status.fail(t('settings:errors.save'))}
      />
      <SaveStatus message={status.message} error={status.error} />
    </section>
  );
}
