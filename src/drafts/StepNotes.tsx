import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../machines/ids';
import { useConcernSession } from '../concern/session';
import { onderlingCase, useOnderlingCase } from '../concern/onderling-case';
import type { OnderlingQuestionId } from '../../machines/onderling.ids';
import { NoteField } from './NoteField';
import { NOTE_QUESTIONS, ONDERLING_NOTE_QUESTIONS, childViewKey, dateKey, isChildViewQuestion, noteKey, type NoteKind } from './note-keys';
import './drafts.css';
import { Paragraph } from '../ui/Paragraph';
import { PauseLink } from './PauseLink';

/**
 * Notes for the dossier on the questions where the meldcode asks to record something: signals and
 * their source, consultations, the conversation (or why it was skipped), the weighing, decisions,
 * whether the family was informed. Shown in the guide's `questionExtra` slot; keyed by question id
 * in the in-memory session notes, with the date of the step as the worker enters it.
 *
 * Deliberately light (no storage, no crypto): it loads on the guide page.
 */
export function StepNotes({ question }: { question: QuestionId; step?: number }) {
  const session = useConcernSession();
  return (
    <NotesSection
      question={question}
      kind={NOTE_QUESTIONS[question]}
      childView={isChildViewQuestion(question)}
      notes={session.notes}
      setNote={session.setNote}
    />
  );
}

/**
 * The notes of one question, bound to whichever case holds them (the concern's session, or the
 * onderling case): the worker's note with its date and, where asked, the child's own view.
 */
function NotesSection({
  question,
  kind,
  childView = false,
  notes,
  setNote,
  context,
}: {
  question: QuestionId | OnderlingQuestionId;
  /** The onderling case has no documentation export: its privacy line says so (i18next context). */
  context?: 'onderling';
  kind?: NoteKind;
  childView?: boolean;
  notes: Readonly<Record<string, string>>;
  setNote(key: string, text: string): void;
}) {
  const { t } = useTranslation('drafts');
  if (!kind && !childView) return null;
  const key = noteKey(question);
  const childKey = childViewKey(question);
  return (
    <section className="zr-notes" aria-labelledby={`zr-notes-${question}`} data-notes={question}>
      <h2 className="utrecht-heading-3 zr-notes__heading" id={`zr-notes-${question}`}>
        {t('notes.heading')}
      </h2>
      <Paragraph className="zr-hint zr-notes__privacy">{t('notes.privacy', { context })}</Paragraph>
      {kind ? (
        <NoteField
          name={`note-${question}`}
          // The five afwegingen share a kind of note; the number tells their fields apart (issue 12.5).
          label={t(`notes.kinds.${kind}.label`, { n: question.split('.')[1] })}
          hint={t(`notes.kinds.${kind}.hint`)}
          value={notes[key] ?? ''}
          onChange={(text) => setNote(key, text)}
          dateLabel={t('notes.date')}
          dateHint={t('notes.dateHint')}
          date={notes[dateKey(question)]}
          onDateChange={(date) => setNote(dateKey(question), date)}
        />
      ) : null}
      {/* The child's own view, in its own words: a note of its own, never counted (issue 14 §2). */}
      {childView ? (
        <NoteField
          name={`note-${question}-kind`}
          label={t('notes.childView.label')}
          hint={t('notes.childView.hint')}
          value={notes[childKey] ?? ''}
          onChange={(text) => setNote(childKey, text)}
        />
      ) : null}
    </section>
  );
}

/**
 * What the guide shows under every question: the notes (where the meldcode asks to record) and a
 * way to pause the concern as an encrypted draft (not in training mode, which keeps nothing).
 */
export function QuestionNotes({ question, step, draftsHref }: { question: QuestionId; step?: number; draftsHref: string }) {
  return (
    <>
      <StepNotes question={question} step={step} />
      <PauseLink draftsHref={draftsHref} />
    </>
  );
}

/**
 * The same under a question of the route for behaviour between children: its notes (where it asks for
 * a judgement, ONDERLING_NOTE_QUESTIONS) in the onderling case, and the pause link. That route has no
 * training mode (the training page does not play onderling casus).
 */
export function OnderlingQuestionNotes({ question, draftsHref }: { question: OnderlingQuestionId; draftsHref: string }) {
  const current = useOnderlingCase();
  return (
    <>
      <NotesSection
        question={question}
        kind={ONDERLING_NOTE_QUESTIONS[question]}
        notes={current.notes}
        setNote={onderlingCase.setNote}
        context="onderling"
      />
      <PauseLink draftsHref={draftsHref} training={false} />
    </>
  );
}

export default StepNotes;
