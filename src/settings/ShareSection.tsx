import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsToFileText } from '../storage/settings';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { downloadText } from '../ui/download';
import { Heading2 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SaveStatus, useStatus } from './fields';
import type { SectionProps } from './SettingsPage';

/**
 * The organisation's settings as one file, so every worker's installation has the same schools
 * (the same ids: their counts files then merge school by school) and the same sociale kaart. The
 * file holds no counts and nothing about a child. Importing validates it first (zod, loaded with
 * import()) and replaces the settings only when it is valid.
 */
export function ShareSection({ settings, save, onReplaced }: SectionProps & { onReplaced(): void }) {
  const { t } = useTranslation('settings');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState<{ file: string; message: string }>();
  const status = useStatus();

  async function importFile(file: File) {
    setInvalid(undefined);
    status.clear();
    try {
      const [{ parseSettingsFile }, text] = await Promise.all([import('../storage/settings.schema'), file.text()]);
      const result = parseSettingsFile(text);
      if (!result.ok) {
        setInvalid({ file: file.name, message: result.message });
        return;
      }
      // A file without a kaart means the default kaart.
      await save({ ...result.settings, socialeKaart: result.settings.socialeKaart });
      onReplaced();
      status.ok(t('share.imported', { count: result.settings.schools.length }));
    } catch {
      status.fail(t('errors.save'));
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <section className="zr-section zr-settings__section" aria-labelledby="settings-share">
      <Heading2 id="settings-share">{t('share.title')}</Heading2>
      <Paragraph>{t('share.lead')}</Paragraph>
      <div className="zr-settings__actions">
        <Button appearance="secondary" onClick={() => downloadText(settingsToFileText(settings), 'zorgroute-instellingen.json', 'application/json')}>
          {t('share.export')}
        </Button>
      </div>
      <div className="utrecht-form-field zr-field zr-file-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label zr-field__label" htmlFor={inputId}>
            {t('share.import')}
          </label>
        </div>
        <div id={`${inputId}-hint`} className="utrecht-form-field-description zr-hint">
          {t('share.importHint')}
        </div>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="zr-file-input"
          aria-describedby={`${inputId}-hint`}
          data-testid="settings-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {invalid ? (
        <Alert type="error" role="alert" data-testid="settings-file-error">
          <p className="utrecht-paragraph">
            <strong>{t('share.invalid', { file: invalid.file })}</strong>
          </p>
          <pre className="zr-settings__message">{invalid.message}</pre>
        </Alert>
      ) : null}
      <SaveStatus message={status.message} error={status.error} />
    </section>
  );
}
