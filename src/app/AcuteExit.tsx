import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';

/**
 * The acute-danger exit, in the header of every page. It opens a short panel with both numbers as
 * tel: links: no navigation away, nothing stored, nothing sent, so it is safe to press at any time.
 */
export function AcuteExit() {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="zr-acute">
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action zr-acute__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('acute.button')}
      </button>
      <div
        id={panelId}
        className="zr-acute__panel"
        hidden={!open}
        role="region"
        aria-label={t('acute.title')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        <p className="utrecht-paragraph zr-acute__title">
          <strong>{t('acute.title')}</strong>
        </p>
        <ul className="utrecht-unordered-list zr-acute__list">
          <li className="utrecht-unordered-list__item">
            <Link href="tel:112">{t('acute.call112')}</Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link href="tel:08002000">{t('acute.callVeiligThuis')}</Link>
          </li>
        </ul>
        <p className="utrecht-paragraph zr-acute__text">{t('acute.text')}</p>
      </div>
    </div>
  );
}
