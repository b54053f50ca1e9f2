import { useTranslation } from 'react-i18next';
import { useConcernSession } from '../concern/session';
import { Paragraph } from '../ui/Paragraph';

/**
 * "Pause and keep as a draft", under every question (not in training mode, which keeps nothing).
 * A module of its own: most questions have no notes, and their page needs only this link, not the
 * note fields, their date field and styles (issue 16: less loaded and evaluated after the first
 * question's paint).
 */
export function PauseLink({ draftsHref, training }: { draftsHref: string; training?: boolean }) {
  const { t } = useTranslation('drafts');
  const session = useConcernSession();
  // `training` given: the case is not the concern's (the onderling route), whose session says nothing of it.
  if (training ?? session.training) return null;
  return (
    <Paragraph className="zr-pause">
      <a className="utrecht-link utrecht-link--html-a" href={draftsHref}>
        {t('save.pauseLink')}
      </a>
    </Paragraph>
  );
}
