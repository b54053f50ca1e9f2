import { lazy, Suspense, type ComponentType } from 'react';
import type { GuideSlots, OutcomeContext, QuestionContext } from '../guide/types';
import type { OnderlingSlots } from '../guide/onderling/OnderlingGuide';
import { isChildViewQuestion, isNoteQuestion, isOnderlingNoteQuestion } from '../drafts/note-keys';
import type { OnderlingQuestionId } from '../../machines/onderling.ids';
import { currentLanguage, loadNamespace } from './i18n';
import { hrefOf } from './router';

/**
 * Where the drafts feature plugs into the guide (notes per step; the documentation export and
 * "save as draft" on the outcome page). Its components are loaded with import(), together with
 * the `drafts` namespace, so the start page does not pay for them; only the list of questions with
 * notes (note-keys, ids only) is imported here, to choose between the notes and the pause link alone.
 */

function lazyWithDrafts<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadNamespace('drafts', currentLanguage()), loadNamespace('fields', currentLanguage())]);
    return { default: component };
  });
}

const QuestionNotes = lazyWithDrafts<QuestionContext & { draftsHref: string }>(() =>
  import('../drafts/StepNotes').then((m) => m.QuestionNotes),
);
/** A question without notes shows only the pause link: its text, not the note fields and their styles. */
const PauseLink = lazy(async () => {
  const [mod] = await Promise.all([import('../drafts/PauseLink'), loadNamespace('drafts', currentLanguage())]);
  return { default: mod.PauseLink };
});
const DocumentationPanel = lazyWithDrafts<{ route?: OutcomeContext['route']; waiting?: boolean; partnerName?(id: string): string }>(
  () => import('../drafts/DocumentationPanel').then((m) => m.DocumentationPanel),
);
const SaveDraftPanel = lazyWithDrafts<{ headingLevel?: 2 | 3; finished?: boolean; kind?: 'concern' | 'onderling' }>(() =>
  import('../drafts/SaveDraftPanel').then((m) => m.SaveDraftPanel),
);
const OnderlingQuestionNotes = lazyWithDrafts<{ question: OnderlingQuestionId; draftsHref: string }>(() =>
  import('../drafts/StepNotes').then((m) => m.OnderlingQuestionNotes),
);

function OutcomeExtra({ context, partnerName }: { context: OutcomeContext; partnerName(id: string): string }) {
  return (
    <Suspense fallback={null}>
      <DocumentationPanel route={context.route} waiting={context.waiting} partnerName={partnerName} />
      {/* An outcome that is not the waiting state ends the concern: its old draft may go. */}
      {context.training ? null : <SaveDraftPanel finished={!context.waiting} />}
    </Suspense>
  );
}

/** The guide's slots with the drafts pieces added after whatever `base` renders. */
export function withDraftsSlots(base: GuideSlots, partnerName: (id: string) => string): GuideSlots {
  return {
    ...base,
    questionExtra: (ctx) => (
      <>
        {base.questionExtra?.(ctx)}
        <Suspense fallback={null}>
          {isNoteQuestion(ctx.question) || isChildViewQuestion(ctx.question) ? (
            <QuestionNotes {...ctx} draftsHref={hrefOf('/concepten')} />
          ) : (
            <PauseLink draftsHref={hrefOf('/concepten')} />
          )}
        </Suspense>
      </>
    ),
    outcomeExtra: (ctx) => (
      <>
        {base.outcomeExtra?.(ctx)}
        <OutcomeExtra context={ctx} partnerName={partnerName} />
      </>
    ),
  };
}

/**
 * The same for the route for behaviour between children: notes where it asks for a judgement and the
 * pause link under every question, "save as draft" on the outcome (which ends the case: its old draft
 * may go). Its case is the onderling case (src/concern/onderling-case), saved as a draft of that kind.
 */
export function withOnderlingDraftsSlots(base: OnderlingSlots): OnderlingSlots {
  return {
    ...base,
    questionExtra: (ctx) => (
      <>
        {base.questionExtra?.(ctx)}
        <Suspense fallback={null}>
          {isOnderlingNoteQuestion(ctx.question) ? (
            <OnderlingQuestionNotes question={ctx.question} draftsHref={hrefOf('/concepten')} />
          ) : (
            <PauseLink draftsHref={hrefOf('/concepten')} training={false} />
          )}
        </Suspense>
      </>
    ),
    outcomeExtra: (ctx) => (
      <>
        {base.outcomeExtra?.(ctx)}
        {ctx.training ? null : (
          <Suspense fallback={null}>
            <SaveDraftPanel kind="onderling" finished />
          </Suspense>
        )}
      </>
    ),
  };
}
