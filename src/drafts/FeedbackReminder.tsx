import { SOURCES } from '../../content/sources';
import { Paragraph } from '../ui/Paragraph';
import { formatDay, type Translate } from './documentation';
import { feedbackStatus } from './feedback';

/**
 * The feedback reminder after a melding (issue 14 §1), worded from feedbackStatus: on the outcome
 * page while documenting, and on the drafts page once a draft is unlocked. The dates it shows come
 * from the concern's notes, which exist only in memory or inside the encrypted draft.
 */
export function FeedbackReminder({
  notes,
  today,
  language,
  t,
}: {
  notes: Readonly<Record<string, string>>;
  today: string;
  language: string;
  t: Translate;
}) {
  const status = feedbackStatus(notes, today);
  const day = (d: string) => formatDay(d, language);
  const text =
    status.state === 'noDate'
      ? t('drafts:afterMelding.status.noDate')
      : status.state === 'waiting' || status.state === 'overdue'
        ? t(`drafts:afterMelding.status.${status.state}`, { melding: day(status.melding), due: day(status.due) })
        : status.state === 'first'
          ? t('drafts:afterMelding.status.first', { first: day(status.first) })
          : t('drafts:afterMelding.status.complete', { first: day(status.first), second: day(status.second) });
  const reminder = (
    <Paragraph
      className={`zr-reminder zr-feedback-reminder${status.state === 'overdue' ? ' zr-reminder--due' : ''}`}
      data-feedback={status.state}
    >
      {text}
    </Paragraph>
  );
  if (status.state !== 'waiting' && status.state !== 'overdue') return reminder;
  // Which days count (src/drafts/holidays.ts) states the law, so it names its source and the day it was compared.
  const source = SOURCES['algemene-termijnenwet'];
  return (
    <>
      {reminder}
      <Paragraph className="zr-hint" data-testid="feedback-working-days">
        {t('drafts:afterMelding.workingDays')}{' '}
        <cite className="zr-cite">
          <a className="utrecht-link utrecht-link--html-a" href={source.url} rel="noreferrer noopener">
            {t('drafts:afterMelding.workingDaysSource', { checked: day(source.checked!) })}
          </a>
        </cite>
        .
      </Paragraph>
    </>
  );
}
