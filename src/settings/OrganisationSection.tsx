import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Heading2 } from '../ui/Heading';
import { SaveStatus, TextField, useStatus } from './fields';
import type { SectionProps } from './SettingsPage';

const MAX_NAME = 200;

/** The organisation's name, shown at the top of the verantwoording. */
export function OrganisationSection({ settings, save }: SectionProps) {
  const { t } = useTranslation('settings');
  const [name, setName] = useState(settings.organisation);
  const [error, setError] = useState<string>();
  const status = useStatus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = name.trim();
    if (value.length > MAX_NAME) {
      setError(t('organisation.tooLong', { max: MAX_NAME }));
      return;
    }
    setError(undefined);
    try {
      await save({ organisation: value });
      status.ok(t('saved'));
    } catch {
      status.fail(t('errors.save'));
    }
  }

  return (
    <section className="zr-section zr-settings__section" aria-labelledby="settings-organisation">
      <Heading2 id="settings-organisation">{t('organisation.title')}</Heading2>
      <form onSubmit={submit} noValidate className="zr-form">
        <TextField
          id="settings-organisation-name"
          label={t('organisation.label')}
          hint={t('organisation.hint')}
          error={error}
          value={name}
          autoComplete="organization"
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <div className="zr-settings__actions">
          <Button type="submit" appearance="primary">
            {t('organisation.save')}
          </Button>
        </div>
        <SaveStatus message={status.message} error={status.error} />
      </form>
    </section>
  );
}
