import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConcernActor } from '../concern/actor';
import { useConcernSession, useUnsavedConcern } from '../concern/session';
import type { ConcernEvent } from '../../machines/concern.machine';
import { flagsOf, isReview, isWaiting, partnerOf, questionOf, replay, routeOf } from '../../machines/concern';
import type { Answer } from '../../machines/ids';
import { AGE_NOTE_KEY, isAgeBand } from '../../content/age';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Paragraph } from '../ui/Paragraph';
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
 * What the user answered before going back (BACK or "Wijzigen"): the machine drops those answers,
 * the page remembers them (memory only, like the concern) to pre-fill each question again, and,
 * after a change from "check your answers", to return there when the later answers still fit.
 */
interface Remembered {
  answers: readonly Answer[];
  /** The user left "check your answers" to change an answer. */
  fromReview: boolean;
}

const isPrefixOf = (short: readonly Answer[], long: readonly Answer[]) =>
  short.length <= long.length && short.every(([q, v], i) => long[i]![0] === q && long[i]![1] === v);

/**
 * The answers to send after `event` to come back to "check your answers": the remembered answers
 * after the changed one, if the machine, replaying all of them with the change (the honest test: the
 * real machine decides), accepts every one and ends on "check your answers" again. Otherwise none:
 * the path changed, and the user answers from there (with pre-filled answers where they fit).
 */
export function answersToReplay(
  current: readonly Answer[],
  event: { question: Answer[0]; value: string },
  remembered: Remembered | undefined,
  input: Parameters<typeof replay>[1],
): Answer[] {
  if (!remembered?.fromReview) return [];
  const at = current.length;
  if (remembered.answers[at]?.[0] !== event.question || !isPrefixOf(current, remembered.answers)) return [];
  const rest = remembered.answers.slice(at + 1);
  if (rest.length === 0) return [];
  const result = replay([...current, [event.question, event.value], ...rest], input);
  return !result.rejected && isReview(result.snapshot) ? [...rest] : [];
}

/**
 * The guide: renders whatever the concern machine is in now — a question, "check your answers",
 * or an outcome (or the waiting state while help runs). All decisions are the machine's.
 */
export function GuidePage({ slots, partners, onExit }: GuidePageProps) {
  const { t } = useTranslation(['guide', 'common']);
  const snapshot = ConcernActor.useSelector((s) => s);
  const actor = ConcernActor.useActorRef();
  const session = useConcernSession();
  const unsaved = useUnsavedConcern();
  const [remembered, setRemembered] = useState<Remembered>();
  const [askNew, setAskNew] = useState(false);
  const answers = snapshot.context.answers;

  function send(event: ConcernEvent) {
    if (event.type === 'BACK' || event.type === 'EDIT') {
      const fromReview = event.type === 'EDIT' && isReview(snapshot);
      setRemembered((prev) =>
        prev && isPrefixOf(answers, prev.answers)
          ? { answers: prev.answers, fromReview: prev.fromReview || fromReview }
          : { answers, fromReview },
      );
      actor.send(event);
      return;
    }
    if (event.type === 'ANSWER') {
      const rest = answersToReplay(answers, event, remembered, { sector: snapshot.context.sector, partners: snapshot.context.partners });
      actor.send(event);
      for (const [question, value] of rest) actor.send({ type: 'ANSWER', question, value });
      if (rest.length > 0) setRemembered(undefined);
      return;
    }
    actor.send(event);
  }

  function newConcern() {
    setAskNew(false);
    session.start(session.input, { training: session.training });
  }

  const question = questionOf(snapshot);
  if (question) {
    // Pre-fill with what was answered before going back, if the machine accepts it here.
    const earlier = remembered?.answers.find(([q]) => q === question)?.[1];
    const prefill = earlier !== undefined && snapshot.can({ type: 'ANSWER', question, value: earlier }) ? earlier : undefined;
    // A new question is a new page: keyed so the choice and error state of the last one are gone.
    return (
      <QuestionPage
        key={`${question}#${answers.length}`}
        snapshot={snapshot}
        send={send}
        partners={partners}
        slots={slots}
        onExit={onExit}
        initialChoice={prefill}
        // The age band travels with the concern's notes: encrypted in a draft, never counted.
        ageBand={isAgeBand(session.notes[AGE_NOTE_KEY]) ? session.notes[AGE_NOTE_KEY] : undefined}
        onAgeBand={(band) => session.setNote(AGE_NOTE_KEY, band ?? '')}
      />
    );
  }
  if (isReview(snapshot)) {
    return <ReviewPage snapshot={snapshot} send={send} partners={partners} />;
  }
  const route = routeOf(snapshot);
  if (!route) return null; // unreachable: every state asks, reviews or has a route
  const partnerId = partnerOf(answers);
  const flags = flagsOf(answers);
  const context: OutcomeContext = {
    route,
    flags,
    partner: partnerId,
    answers,
    sector: snapshot.context.sector,
    training: session.training,
    confirmed: true,
    waiting: isWaiting(snapshot),
  };
  return (
    <>
      <OutcomePage
        context={context}
        partner={partnerId ? partners?.[partnerId] : undefined}
        slots={slots}
        onEvaluate={() => send({ type: 'EVALUATE' })}
        // Acute danger skips "check your answers"; its one answer can still be changed from here.
        onBack={flags.includes('acuut') ? () => send({ type: 'BACK' }) : undefined}
        onNewConcern={() => (unsaved ? setAskNew(true) : newConcern())}
      />
      <ConfirmDialog
        open={askNew}
        title={t('guide:unsaved.title')}
        confirmLabel={t('guide:unsaved.confirm')}
        cancelLabel={t('guide:unsaved.cancel')}
        onConfirm={newConcern}
        onCancel={() => setAskNew(false)}
      >
        <Paragraph>{t('guide:unsaved.text')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
