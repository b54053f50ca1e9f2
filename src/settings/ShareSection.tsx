import { useId, useRef, useState } from 'react';
import { MAX_SETTINGS_FILE_BYTES, settingsToFileText, type Settings } from '../storage/settings';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { downloadText } from '../ui/download';
import { Heading2, Heading3 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { useSectorT } from '../ui/sectorWords';
import { settingsChanges, type SettingsChange } from './changes';
import { SaveStatus, useStatus } from './fields';
import { FileImportField } from './FileImportField';
import type { SectionProps } from './SettingsPage';

type Pending = { file: string; settings: Settings; changes: SettingsChange[] };

/**
 * The organisation's settings as one file, so every worker's installation has the same schools
 * (the same ids: their counts files then merge school by school) and the same sociale kaart. The
 * file holds no counts and nothing about a child.
 *
 * Importing (issue 13, issue 12 item 7): the size is checked before the file is read; the file is
 * validated (zod, loaded with import()); a refusal is one plain sentence with the details folded
 * away. A valid file is not stored at once: the page lists what would change, warns when privacy
 * gets weaker (lower threshold, longer retention or idle lock, another kaart) and asks.
 */
export function ShareSection({ settings, save, onReplaced }: SectionProps & { onReplaced(): void }) {
  const { t } = useSectorT(['settings', 'common']);
  const inputId = useId();
  const inputRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState<Pending>();
  const status = useStatus();

  function review(imported: Settings, file: string) {
    const changes = settingsChanges(settings, imported);
    if (changes.length === 0) status.ok(t('settings:share.nothing', { file }));
    else setPending({ file, settings: imported, changes });
  }

  async function confirm(p: Pending) {
    setPending(undefined);
    try {
      // A file without a kaart means the default kaart.
      await save({ ...p.settings, socialeKaart: p.settings.socialeKaart });
      onReplaced();
      status.ok(t('settings:share.imported', { count: p.settings.schools.length }));
    } catch {
      status.fail(t('settings:errors.save'));
    }
  }

  function cancel() {
    setPending(undefined);
    status.ok(t('settings:share.cancelled'));
    inputRef.current?.focus();
  }

  const shown = (c: SettingsChange, value: string | number | undefined) => {
    if (c.key === 'socialeKaart') return value === undefined ? t('settings:share.review.defaultKaart') : String(value);
    if (value === undefined || value === '') return t('settings:share.review.empty');
    return String(value);
  };
  const weaker = pending?.changes.filter((c) => c.weaker) ?? [];

  return (
    <section className="zr-section zr-settings__section" aria-labelledby="settings-share">
      <Heading2 id="settings-share">{t('settings:share.title')}</Heading2>
      <Paragraph>{t('settings:share.lead')}</Paragraph>
      <div className="zr-settings__actions">
        <Button appearance="secondary" onClick={() => downloadText(settingsToFileText(settings), 'zorgroute-instellingen.json', 'application/json')}>
          {t('settings:share.export')}
        </Button>
      </div>
      <FileImportField<Settings>
        label={t('settings:share.import')}
        hint={t('settings:share.importHint')}
        testId="settings-file"
        errorTestId="settings-file-error"
        maxBytes={MAX_SETTINGS_FILE_BYTES}
        errorsKey="settings:share.errors"
        inputRef={inputRef}
        parse={async (text) => {
          const { parseSettingsFile } = await import('../storage/settings.schema');
          const result = parseSettingsFile(text);
          if (result.ok) return { ok: true, value: result.settings };
          return { ok: false, key: result.kind === 'invalid' ? 'invalid' : 'wrongFile', issues: result.issues };
        }}
        onStart={() => {
          setPending(undefined);
          status.clear();
        }}
        onValid={review}
        onError={() => status.fail(t('settings:errors.save'))}
      />
      {pending ? (
        <div className="zr-settings__review" role="group" aria-labelledby={`${inputId}-review`} data-testid="settings-review">
          <Heading3 id={`${inputId}-review`}>{t('settings:share.review.heading', { file: pending.file })}</Heading3>
          {weaker.length > 0 ? (
            <Alert type="warning" data-testid="settings-weaker">
              <Paragraph>
                <strong>{t('settings:share.review.weakerTitle')}</strong>
              </Paragraph>
              <ul className="utrecht-unordered-list">
                {weaker.map((c) => (
                  <li key={c.key} className="utrecht-unordered-list__item">
                    {t(`settings:share.review.weaker.${c.key}`, { from: shown(c, c.from), to: shown(c, c.to) })}
                  </li>
                ))}
              </ul>
              <Paragraph>{t('settings:share.review.weakerAsk')}</Paragraph>
            </Alert>
          ) : null}
          <dl className="utrecht-data-list zr-settings__facts">
            {pending.changes.map((c) => (
              <div key={c.key} className="utrecht-data-list__item">
                <dt className="utrecht-data-list__item-key">{t(`settings:share.review.keys.${c.key}`)}</dt>
                <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                  {c.key === 'schools' ? (
                    <>
                      {c.added && c.added.length > 0 ? <span>{t('settings:share.review.added', { list: c.added.join(', ') })} </span> : null}
                      {c.removed && c.removed.length > 0 ? <span>{t('settings:share.review.removed', { list: c.removed.join(', ') })}</span> : null}
                    </>
                  ) : (
                    t('settings:share.review.fromTo', { from: shown(c, c.from), to: shown(c, c.to) })
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <div className="zr-settings__actions">
            <Button appearance="primary" onClick={() => void confirm(pending)}>
              {weaker.length > 0 ? t('settings:share.review.confirmWeaker') : t('settings:share.review.confirm')}
            </Button>
            <Button appearance="secondary" onClick={cancel}>
              {t('common:actions.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
      <SaveStatus message={status.message} error={status.error} />
    </section>
  );
}
