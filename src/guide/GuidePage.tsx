import { ConcernActor, useConcernSession } from '../concern/session';
import { flagsOf, isReview, isWaiting, partnerOf, questionOf, routeOf } from '../../machines/concern';
import { OutcomePage } from './OutcomePage';
import type { PartnerDirectory } from './partners';
import { QuestionPage } from './QuestionPage';
import { ReviewPage } from './ReviewPage';
import type { GuideSlots, OutcomeContext } from './types';

export interface GuidePageProps {
  slots?: GuideSlots;
  /** Names and contacts of the sociale kaart, by partner id. */
  partners?: PartnerDirectory;
  /** Leaving the guide (back from the first question). */
  onExit?(): void;
}

/**
 * The guide: renders whatever the concern machine is in now — a question, "check your answers",
 * or an outcome (or the waiting state while help runs). All decisions are the machine's.
 */
export function GuidePage({ slots, partners, onExit }: GuidePageProps) {
  const snapshot = ConcernActor.useSelector((s) => s);
  const actor = ConcernActor.useActorRef();
  const session = useConcernSession();
  const send = actor.send;

  const question = questionOf(snapshot);
  if (question) {
    // A new question is a new page: keyed so the choice and error state of the last one are gone.
    return (
      <QuestionPage
        key={`${question}#${snapshot.context.answers.length}`}
        snapshot={snapshot}
        send={send}
        partners={partners}
        slots={slots}
        onExit={onExit}
      />
    );
  }
  if (isReview(snapshot)) {
    return <ReviewPage snapshot={snapshot} send={send} partners={partners} />;
  }
  const route = routeOf(snapshot);
  if (!route) return null; // unreachable: every state asks, reviews or has a route
  const answers = snapshot.context.answers;
  const partnerId = partnerOf(answers);
  const context: OutcomeContext = {
    route,
    flags: flagsOf(answers),
    partner: partnerId,
    answers,
    sector: snapshot.context.sector,
    training: session.training,
    confirmed: true,
    waiting: isWaiting(snapshot),
  };
  return (
    <OutcomePage
      context={context}
      partner={partnerId ? partners?.[partnerId] : undefined}
      slots={slots}
      onEvaluate={() => send({ type: 'EVALUATE' })}
      onNewConcern={() => session.start(session.input, { training: session.training })}
    />
  );
}
