import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

/** Phone numbers never break across lines ("0800-" / "2000"): each is kept whole in a no-wrap span. */
export function keepNumbersWhole(text: string): ReactNode[] {
  return text.split(/(\d{4}-\d{4}|\b112\b)/).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="zr-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

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
        {/* One child: the button is a flex box, and bare text pieces would become columns. */}
        <span>{keepNumbersWhole(t('acute.button'))}</span>
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
        <Paragraph className="zr-acute__title">
          <strong>{t('acute.title')}</strong>
        </Paragraph>
        <ul className="utrecht-unordered-list zr-acute__list">
          <li className="utrecht-unordered-list__item">
            <Link href="tel:112">{keepNumbersWhole(t('acute.call112'))}</Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link href="tel:08002000">{keepNumbersWhole(t('acute.callVeiligThuis'))}</Link>
          </li>
        </ul>
        <Paragraph className="zr-acute__text">{t('acute.text')}</Paragraph>
      </div>
    </div>
  );
}
