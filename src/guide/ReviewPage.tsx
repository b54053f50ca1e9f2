import { useTranslation } from 'react-i18next';
import { isPartnerQuestion, type Sector } from '../../machines/ids';
import type { ConcernEvent } from '../../machines/concern.machine';
import { flagsOf, isWaiting, routeOf, type ConcernSnapshot } from '../../machines/concern';
import { resolveOutcome } from '../../content/outcomes';
import { CheckAnswers } from './CheckAnswers';
import { partnerName, type PartnerDirectory } from './partners';

export interface ReviewPageProps {
  snapshot: ConcernSnapshot;
  send(event: ConcernEvent): void;
  partners?: PartnerDirectory;
}

/**
 * "Check your answers" before every outcome: every answer with a change button. Changing sends
 * EDIT; the machine drops that answer and all that follow, and asks again from there.
 */
export function ReviewPage({ snapshot, send, partners }: ReviewPageProps) {
  const { t } = useTranslation(['guide', 'common']);
  const sector: Sector = snapshot.context.sector;
  const answers = snapshot.context.answers;
  const route = routeOf(snapshot)!;
  const flags = flagsOf(answers);
  const outcome = isWaiting(snapshot) ? { key: route } : resolveOutcome(route, flags, answers);
  return (
    <CheckAnswers
      className="zr-review"
      pageKey={`review#${answers.length}`}
      answers={answers.map(([question, value]) => ({
        question,
        title: t(`guide:questions.${question}.title`, { context: sector }),
        answer: isPartnerQuestion(question) ? partnerName(partners, value) : t(`guide:answers.${question}.${value}`),
      }))}
      summary={[
        {
          key: 'route',
          term: t('guide:review.route'),
          value: t(`guide:outcomes.${outcome.key}.title`, { context: sector }),
        },
        ...(flags.length > 0
          ? [{ key: 'flags', term: t('guide:review.flags'), value: flags.map((f) => t(`guide:flags.${f}`)).join(', ') }]
          : []),
      ]}
      onEdit={(question) => send({ type: 'EDIT', question })}
      onConfirm={() => send({ type: 'CONFIRM' })}
    />
  );
}
