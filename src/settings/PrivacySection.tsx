import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_DRAFT_EXPIRY_DAYS,
  DEFAULT_IDLE_LOCK_MINUTES,
  DEFAULT_SUPPRESSION_THRESHOLD,
  MAX_DRAFT_EXPIRY_DAYS,
  MAX_IDLE_LOCK_MINUTES,
  MIN_SUPPRESSION_THRESHOLD,
} from '../storage/settings';
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
  const [idle, setIdle] = useState(String(settings.idleLockMinutes));
  const [error, setError] = useState<string>();
  const [idleError, setIdleError] = useState<string>();
  const status = useStatus();
  const choices = THRESHOLD_CHOICES.includes(settings.suppressionThreshold)
    ? THRESHOLD_CHOICES
    : [...THRESHOLD_CHOICES, settings.suppressionThreshold].sort((a, b) => a - b);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const whole = (text: string, max: number) => (/^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= max ? Number(text) : undefined);
    const n = whole(days, MAX_DRAFT_EXPIRY_DAYS);
    const minutes = whole(idle, MAX_IDLE_LOCK_MINUTES);
    setError(n === undefined ? t('settings:privacy.expiryError', { max: MAX_DRAFT_EXPIRY_DAYS }) : undefined);
    setIdleError(minutes === undefined ? t('settings:privacy.idleLockError', { max: MAX_IDLE_LOCK_MINUTES }) : undefined);
    if (n === undefined || minutes === undefined) return;
    try {
      await save({ suppressionThreshold: Number(threshold), draftExpiryDays: n, idleLockMinutes: minutes });
      status.ok(t('settings:saved'));
    } catch {
      status.fail(t('settings:errors.save'));
    }
  }

  return (
    <section className="zr-section zr-settings__section" aria-labelledby="settings-privacy">
      <Heading2 id="settings-privacy">{t('settings:privacy.title')}</Heading2>
      <form onSubmit={submit} noValidate className="zr-form">
        {error || idleError ? (
          <ErrorSummary
            title={t('common:errors.summaryTitle')}
            errors={[
              ...(error ? [{ href: '#settings-expiry', text: error }] : []),
              ...(idleError ? [{ href: '#settings-idle-lock', text: idleError }] : []),
            ]}
          />
        ) : null}
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
        <TextField
          id="settings-idle-lock"
          label={t('settings:privacy.idleLock')}
          hint={t('settings:privacy.idleLockHint', { default: DEFAULT_IDLE_LOCK_MINUTES, max: MAX_IDLE_LOCK_MINUTES })}
          error={idleError}
          inputMode="numeric"
          value={idle}
          size={5}
          onChange={(event) => setIdle(event.currentTarget.value)}
        />
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
