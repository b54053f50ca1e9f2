import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DRAFT_EXPIRY_DAYS, DEFAULT_SUPPRESSION_THRESHOLD, MAX_DRAFT_EXPIRY_DAYS, MIN_SUPPRESSION_THRESHOLD } from '../storage/settings';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading2 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SaveStatus, TextField, useStatus } from './fields';
import type { SectionProps } from './SettingsPage';

/**
 * The issue asks for a threshold "default 10, configurable down to 5": statistics offices use 5 to
 * 10 (MELDCODE.md §6). Storage would accept more; the form offers that range only.
 */
export const THRESHOLD_CHOICES = Array.from({ length: DEFAULT_SUPPRESSION_THRESHOLD - MIN_SUPPRESSION_THRESHOLD + 1 }, (_, i) => MIN_SUPPRESSION_THRESHOLD + i);

/** Privacy: the suppression threshold of exports for outside the organisation, and how long drafts are kept. */
export function PrivacySection({ settings, save }: SectionProps) {
  const { t } = useTranslation(['settings', 'common']);
  const [threshold, setThreshold] = useState(String(settings.suppressionThreshold));
  const [days, setDays] = useState(String(settings.draftExpiryDays));
  const [error, setError] = useState<string>();
  const status = useStatus();
  const choices = THRESHOLD_CHOICES.includes(settings.suppressionThreshold)
    ? THRESHOLD_CHOICES
    : [...THRESHOLD_CHOICES, settings.suppressionThreshold].sort((a, b) => a - b);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const n = Number(days);
    if (!/^\d+$/.test(days.trim()) || !Number.isInteger(n) || n < 1 || n > MAX_DRAFT_EXPIRY_DAYS) {
      setError(t('settings:privacy.expiryError', { max: MAX_DRAFT_EXPIRY_DAYS }));
      return;
    }
    setError(undefined);
    try {
      await save({ suppressionThreshold: Number(threshold), draftExpiryDays: n });
      status.ok(t('settings:saved'));
    } catch {
      status.fail(t('settings:errors.save'));
    }
  }

  return (
    <section className="zr-section zr-settings__section" aria-labelledby="settings-privacy">
      <Heading2 id="settings-privacy">{t('settings:privacy.title')}</Heading2>
      <form onSubmit={submit} noValidate className="zr-form">
        {error ? <ErrorSummary title={t('common:errors.summaryTitle')} errors={[{ href: '#settings-expiry', text: error }]} /> : null}
        <div className="utrecht-form-field zr-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label zr-field__label" htmlFor="settings-threshold">
              {t('settings:privacy.threshold')}
            </label>
          </div>
          <div id="settings-threshold-hint" className="utrecht-form-field-description zr-hint">
            {t('settings:privacy.thresholdHint', { default: DEFAULT_SUPPRESSION_THRESHOLD, min: MIN_SUPPRESSION_THRESHOLD })}
          </div>
          <select
            id="settings-threshold"
            className="utrecht-select utrecht-select--html-select zr-select"
            aria-describedby="settings-threshold-hint"
            value={threshold}
            onChange={(event) => setThreshold(event.currentTarget.value)}
          >
            {choices.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="settings-expiry"
          label={t('settings:privacy.expiry')}
          hint={t('settings:privacy.expiryHint', { default: DEFAULT_DRAFT_EXPIRY_DAYS, max: MAX_DRAFT_EXPIRY_DAYS })}
          error={error}
          inputMode="numeric"
          value={days}
          size={5}
          onChange={(event) => setDays(event.currentTarget.value)}
        />
        <Paragraph className="zr-hint">{t('settings:privacy.note')}</Paragraph>
        <div className="zr-settings__actions">
          <Button type="submit" appearance="primary">
            {t('settings:privacy.save')}
          </Button>
        </div>
        <SaveStatus message={status.message} error={status.error} />
      </form>
    </section>
  );
}
