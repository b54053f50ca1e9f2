import { useTranslation } from 'react-i18next';
import { isPartnerQuestion, type Sector } from '../../machines/ids';
import type { ConcernEvent } from '../../machines/concern.machine';
import { flagsOf, isWaiting, routeOf, type ConcernSnapshot } from '../../machines/concern';
import { resolveOutcome } from '../../content/outcomes';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SummaryList } from '../ui/SummaryList';
import { usePageHeading } from '../ui/usePageHeading';
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
  const title = t('guide:review.title');
  const heading = usePageHeading(title, t('common:app.name'), `review#${answers.length}`, t('common:nav.guide'));

  const rows = answers.map(([question, value]) => {
    const questionTitle = t(`guide:questions.${question}.title`, { context: sector });
    return {
      key: question,
      term: questionTitle,
      value: isPartnerQuestion(question) ? partnerName(partners, value) : t(`guide:answers.${question}.${value}`),
      action: (
        <button type="button" className="zr-linkbutton" onClick={() => send({ type: 'EDIT', question })}>
          {t('guide:review.change')}
          <span className="zr-visually-hidden"> {t('guide:review.changeHidden', { question: questionTitle })}</span>
        </button>
      ),
    };
  });

  return (
    <div className="zr-page zr-review">
      <PageHeading ref={heading}>{title}</PageHeading>
      <Paragraph lead>{t('guide:review.lead')}</Paragraph>
      <SummaryList rows={rows} />
      <SummaryList
        rows={[
          {
            key: 'route',
            term: t('guide:review.route'),
            value: t(`guide:outcomes.${outcome.key}.title`, { context: sector }),
          },
          ...(flags.length > 0
            ? [{ key: 'flags', term: t('guide:review.flags'), value: flags.map((f) => t(`guide:flags.${f}`)).join(', ') }]
            : []),
        ]}
      />
      <div className="zr-actions">
        <Button appearance="primary" onClick={() => send({ type: 'CONFIRM' })} aria-describedby="zr-confirm-hint">
          {t('guide:review.confirm')}
        </Button>
      </div>
      <Paragraph id="zr-confirm-hint" className="zr-hint">
        {t('guide:review.confirmHint')}
      </Paragraph>
    </div>
  );
}
