import { useTranslation } from 'react-i18next';
import { CONTENT_REVIEWED, CONTENT_VERSION } from '../../content/version';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

export function Footer() {
  const { t } = useTranslation('common');
  return (
    <footer className="utrecht-page-footer zr-footer">
      <div className="utrecht-page-footer__content zr-footer__content">
        <Paragraph>
          {t('app.contentVersion', { version: CONTENT_VERSION })}
          {' · '}
          {t('app.contentReviewed', { date: CONTENT_REVIEWED })}
          {' · '}
          <Link href="#/inhoud">{t('nav.review')}</Link>
        </Paragraph>
        <Paragraph>{t('app.privacy')}</Paragraph>
      </div>
    </footer>
  );
}
