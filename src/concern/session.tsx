import { createActorContext } from '@xstate/react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Snapshot } from 'xstate';
import { concernMachine, type ConcernInput } from '../../machines/concern.machine';

/**
 * The concern being worked on, shared below the features: the guide drives it, record counts it,
 * drafts saves and resumes it, training plays casus files through it. It lives only in memory.
 *
 * Notes are free text about a child, so they exist in memory only and leave it encrypted (drafts)
 * or as an export the user asked for; they are never written anywhere in plain text.
 */
export const ConcernActor = createActorContext(concernMachine);

export type Notes = Record<string, string>;

export interface ConcernSession {
  /** Changes whenever a new concern starts or one is restored; remounts the actor. */
  generation: number;
  input: ConcernInput;
  notes: Notes;
  /** Training mode: nothing is counted, no drafts are kept. */
  training: boolean;
  /** Start a fresh concern (all answers and notes dropped). */
  start(input: ConcernInput, options?: { training?: boolean }): void;
  /** Resume from a persisted snapshot (drafts). */
  restore(input: ConcernInput, snapshot: Snapshot<unknown>, notes: Notes): void;
  /**
   * Sets one note. `bookkeeping` marks a note the app keeps for itself (the counted marker): it
   * travels with the concern but is not work of the user, so it does not make the concern unsaved.
   */
  setNote(key: string, text: string, options?: { bookkeeping?: boolean }): void;
  /** Changes of the user's notes so far (with `savedAt`, tells whether the notes changed since saving). */
  notesVersion: number;
  /**
   * What was saved (an encrypted draft) or exported (the documentation) last, if anything: the answers
   * as they were and the notes version. Memory only, like the concern.
   */
  savedAt?: { answers: readonly unknown[]; notesVersion: number };
  /** The user saved the concern as a draft or exported its documentation. */
  markSaved(answers: readonly unknown[]): void;
}

const SessionContext = createContext<ConcernSession | null>(null);

export function ConcernSessionProvider({ children, initialInput = {} }: { children: ReactNode; initialInput?: ConcernInput }) {
  const [state, setState] = useState<{
    generation: number;
    input: ConcernInput;
    snapshot?: Snapshot<unknown>;
    notes: Notes;
    training: boolean;
    notesVersion: number;
    savedAt?: { answers: readonly unknown[]; notesVersion: number };
  }>({ generation: 0, input: initialInput, notes: {}, training: false, notesVersion: 0 });

  const start = useCallback((input: ConcernInput, options?: { training?: boolean }) => {
    setState((s) => ({ generation: s.generation + 1, input, notes: {}, training: options?.training ?? false, notesVersion: 0 }));
  }, []);
  const restore = useCallback((input: ConcernInput, snapshot: Snapshot<unknown>, notes: Notes) => {
    // A resumed draft is saved as it is: the answers are compared by content (see useUnsavedConcern).
    const answers = (snapshot as { context?: { answers?: unknown[] } }).context?.answers ?? [];
    setState((s) => ({
      generation: s.generation + 1,
      input,
      snapshot,
      notes,
      training: false,
      notesVersion: 0,
      savedAt: { answers, notesVersion: 0 },
    }));
  }, []);
  const setNote = useCallback((key: string, text: string, options?: { bookkeeping?: boolean }) => {
    setState((s) =>
      s.notes[key] === text
        ? s
        : { ...s, notes: { ...s.notes, [key]: text }, notesVersion: s.notesVersion + (options?.bookkeeping ? 0 : 1) },
    );
  }, []);
  const markSaved = useCallback((answers: readonly unknown[]) => {
    setState((s) => ({ ...s, savedAt: { answers, notesVersion: s.notesVersion } }));
  }, []);

  const session = useMemo<ConcernSession>(
    () => ({
      generation: state.generation,
      input: state.input,
      notes: state.notes,
      training: state.training,
      notesVersion: state.notesVersion,
      savedAt: state.savedAt,
      start,
      restore,
      setNote,
      markSaved,
    }),
    [state, start, restore, setNote, markSaved],
  );

  return (
    <SessionContext.Provider value={session}>
      <ConcernActor.Provider
        key={state.generation}
        options={{ input: state.input, ...(state.snapshot ? { snapshot: state.snapshot as never } : {}) }}
      >
        {children}
      </ConcernActor.Provider>
    </SessionContext.Provider>
  );
}

export function useConcernSession(): ConcernSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useConcernSession outside ConcernSessionProvider');
  return session;
}

const sameAnswers = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => JSON.stringify(x) === JSON.stringify(b[i]));

/**
 * Whether the concern holds work that would be lost: answers or notes, not saved as a draft nor
 * exported since they last changed. Training keeps nothing by design, so it is never "unsaved".
 * Use below ConcernActor.Provider.
 */
export function useUnsavedConcern(): boolean {
  const session = useConcernSession();
  const answers = ConcernActor.useSelector((s) => s.context.answers);
  if (session.training) return false;
  if (answers.length === 0 && session.notesVersion === 0) return false;
  const saved = session.savedAt;
  return !saved || saved.notesVersion !== session.notesVersion || !sameAnswers(saved.answers, answers);
}

/** Whether a concern is under way (answers given), saved or not. */
export function useConcernInProgress(): boolean {
  const session = useConcernSession();
  const answered = ConcernActor.useSelector((s) => s.context.answers.length);
  return !session.training && answered > 0;
}
