import { useTranslation } from 'react-i18next';
import { CONTENT_VERSION } from '../../content/version';

export function Footer() {
  const { t } = useTranslation('common');
  return (
    <footer className="utrecht-page-footer zr-footer">
      <div className="utrecht-page-footer__content zr-footer__content">
        <p className="utrecht-paragraph">{t('app.contentVersion', { version: CONTENT_VERSION })}</p>
        <p className="utrecht-paragraph">{t('app.privacy')}</p>
      </div>
    </footer>
  );
}
