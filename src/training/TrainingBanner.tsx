import { useTranslation } from 'react-i18next';

/**
 * Marks training mode on every training screen: its own accent colour and words, so nobody mistakes
 * a workshop demonstration for real use. role="region" with a name lets screen reader users find it.
 */
export function TrainingBanner({ onLeave }: { onLeave?(): void }) {
  const { t } = useTranslation('training');
  return (
    <div className="zr-training-banner" role="region" aria-label={t('banner.title')} data-testid="training-banner">
      <p className="zr-training-banner__title">
        <span aria-hidden="true" className="zr-training-banner__badge">
          ◆
        </span>{' '}
        <strong>{t('banner.title')}</strong>
      </p>
      <p className="zr-training-banner__text">{t('banner.text')}</p>
      {onLeave && (
        <button type="button" className="utrecht-button zr-training-banner__leave" onClick={onLeave}>
          {t('banner.leave')}
        </button>
      )}
    </div>
  );
}
