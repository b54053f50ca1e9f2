import type { QuestionId } from '../../machines/ids';
import type { OnderlingQuestionId } from '../../machines/onderling.ids';

/**
 * Where the meldcode asks to record something (shared/MELDCODE.md §3: "facts, sources of third-party
 * information, hypotheses labelled as such, who was consulted, what was agreed, and why a step was
 * skipped"), and what the note is about. The session keeps notes as a flat record of strings; these
 * helpers fix its keys so notes, dates, drafts and the export agree:
 *
 *   notes['stap1.signalen']        the note text
 *   notes['stap1.signalen@date']   the date of the step as the worker entered it ('YYYY-MM-DD')
 *   notes['afweging.5@due']        when afweging 5 is to be evaluated (while help runs)
 *   notes['outcome'], ['outcome@date']  what was decided and done at the outcome (who did what, when)
 *   notes['stap3.gesprek@kind']    the child's own view, in its own words (issue 14 §2)
 *   notes['leeftijd']              the child's age band, as chosen in the guide (content/age.ts)
 *   notes['melding@date']          after a melding (route veilig-thuis, issue 14 §1): the day of the melding
 *   notes['melding.rol']           what was agreed with Veilig Thuis about the worker's own role
 *   notes['melding.terugkoppeling1@date']  the day Veilig Thuis gave feedback after the safety assessment
 *   notes['melding.terugkoppeling2@date']  the day of the feedback at the end of Veilig Thuis' involvement
 * All of them live in the session and, when saved, inside the encrypted draft only: the feedback
 * reminder is computed after decryption (feedback.ts), never from anything kept in clear.
 */
export type NoteKind = 'signals' | 'consultation' | 'conversation' | 'weighing' | 'decision' | 'informed' | 'flag';

// Triage has no note field on purpose: in acute danger, or with a suspicion against a colleague,
// the worker acts first; what was done is recorded on the outcome page (OUTCOME_NOTE_KEY).
export const NOTE_QUESTIONS: Partial<Record<QuestionId, NoteKind>> = {
  'stap1.signalen': 'signals',
  // Step 2 has two sub-pages but one note (issue 12: two fields with the same label made a note seem
  // lost): on the consultation page, where who was consulted and what came of it is written.
  // An older draft's note under stap2.bijzonder is still exported (documentation reads every answer's key).
  'stap2.consultatie': 'consultation',
  'stap3.gesprek': 'conversation',
  'afweging.1': 'weighing',
  'afweging.2': 'weighing',
  'afweging.3': 'weighing',
  'afweging.4': 'weighing',
  'hulp.partner': 'decision',
  'afweging.5': 'weighing',
  'melden.geinformeerd': 'informed',
  // No referral without consent: record the refusal and what was agreed instead.
  'steun.toestemming': 'decision',
};

/**
 * The route for behaviour between children (#/onderling) asks for a judgement twice, and there the
 * worker writes down what it rests on, as on the concern's questions: the Vlaggensysteem's flag (what
 * happened, which of its criteria were met or not, with whom it was discussed) and whether a child
 * involved shows signals of being harmed itself (the signals and their source; a `ja` leads to the
 * meldcode). The kind of behaviour (`onderling.soort`) is a classification, not a judgement: no note.
 * Same keys (the question id, `@date`), same session-free fields; kept in the onderling case's notes.
 */
export const ONDERLING_NOTE_QUESTIONS: Partial<Record<OnderlingQuestionId, NoteKind>> = {
  'onderling.vlag': 'flag',
  'onderling.zorgen': 'signals',
};

export function isOnderlingNoteQuestion(question: string): question is OnderlingQuestionId {
  return Object.prototype.hasOwnProperty.call(ONDERLING_NOTE_QUESTIONS, question);
}

/**
 * Where the child's own view is written down, in its own words (issue 14 §2): the conversation of
 * meldcode step 3, the first question of the support route (every support route passes it) and the
 * consent to a referral. A note of its own, beside the worker's note: it is a note like the others
 * (memory only, encrypted in a draft, in the documentation export) and never counted.
 */
export const CHILD_VIEW_QUESTIONS: readonly QuestionId[] = ['stap3.gesprek', 'steun.advies', 'steun.toestemming'];
export const isChildViewQuestion = (question: QuestionId) => CHILD_VIEW_QUESTIONS.includes(question);
export const childViewKey = (question: QuestionId | OnderlingQuestionId) => `${question}@kind`;

export function isNoteQuestion(question: string): question is QuestionId {
  return Object.prototype.hasOwnProperty.call(NOTE_QUESTIONS, question);
}

export const OUTCOME_NOTE_KEY = 'outcome';
export const noteKey = (question: QuestionId | OnderlingQuestionId | typeof OUTCOME_NOTE_KEY) => question;
export const dateKey = (question: QuestionId | OnderlingQuestionId | typeof OUTCOME_NOTE_KEY) => `${question}@date`;
export const EVALUATION_DUE_KEY = 'afweging.5@due';

/** After a melding (route veilig-thuis; issue 14 §1). */
export const MELDING_DATE_KEY = 'melding@date';
export const MELDING_ROLE_KEY = 'melding.rol';
export const FEEDBACK_FIRST_KEY = 'melding.terugkoppeling1@date';
export const FEEDBACK_SECOND_KEY = 'melding.terugkoppeling2@date';
