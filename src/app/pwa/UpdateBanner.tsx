import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { announce } from '../../ui/announce';
import { Button } from '../../ui/Button';
import { Paragraph } from '../../ui/Paragraph';

export interface UpdateBannerProps {
  /** A concern has answers or notes: updating (a reload) would lose them. */
  inProgress: boolean;
  updating: boolean;
  onUpdate(): void;
  onLater(): void;
}

/**
 * "Er is een nieuwe versie. Bijwerken?" A region in the page flow (not a modal, not fixed over
 * the content), announced politely. While a concern is in progress it says what updating would
 * lose and the button becomes "Toch bijwerken"; the choice stays with the user.
 */
export function UpdateBanner({ inProgress, updating, onUpdate, onLater }: UpdateBannerProps) {
  const { t } = useTranslation('pwa');
  const labelId = useId();
  const question = t('update.question');
  useEffect(() => {
    announce(question);
  }, [question]);
  return (
    <section className="zr-update" aria-labelledby={labelId}>
      <Alert type={inProgress ? 'warning' : 'info'}>
        <Paragraph id={labelId} className="zr-update__question">
          {question}
        </Paragraph>
        {inProgress && <Paragraph className="zr-update__warning">{t('update.inProgress')}</Paragraph>}
        <div className="zr-update__actions">
          <Button appearance="primary" onClick={onUpdate} disabled={updating}>
            {updating ? t('update.updating') : inProgress ? t('update.updateAnyway') : t('update.update')}
          </Button>
          <Button appearance="secondary" onClick={onLater} disabled={updating}>
            {t('update.later')}
          </Button>
        </div>
      </Alert>
    </section>
  );
}
