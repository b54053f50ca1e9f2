import { createContext, Fragment, useCallback, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Snapshot } from 'xstate';
import type { ConcernInput } from '../../machines/concern.machine';
import type { ConcernActorModule, ConcernActorRef } from './actor';

/**
 * The concern being worked on, shared below the features: the guide drives it, record counts it,
 * drafts saves and resumes it, training plays casus files through it. It lives only in memory.
 *
 * Notes are free text about a child, so they exist in memory only and leave it encrypted (drafts)
 * or as an export the user asked for; they are never written anywhere in plain text.
 *
 * This module is in the first load, the statechart is not (issue 16, budget): xstate, @xstate/react
 * and the machine are in `./actor`, which every page that drives the concern imports and which the
 * app otherwise loads once the first page has settled (App). Until then there is no actor, and a
 * concern without an actor has no answers (the start page needs no more).
 */

let actorModule: ConcernActorModule | undefined;
const moduleListeners = new Set<() => void>();
/** Called by `./actor` when it is evaluated (by a page that imports it, or by the provider's load). */
export function registerConcernActor(module: ConcernActorModule) {
  actorModule = module;
  for (const listener of moduleListeners) listener();
}
const subscribeToModule = (listener: () => void) => {
  moduleListeners.add(listener);
  return () => moduleListeners.delete(listener);
};
const currentModule = () => actorModule;
/** Loads the statechart (for build-time rendering, which cannot wait for an effect). */
export const loadConcernActor = () => import('./actor').then(() => actorModule!);

/**
 * The concern's actor: `undefined` outside a provider, `null` while the statechart is still loading.
 * Read through `./actor` (ConcernActor.useSelector / useActorRef) or the hooks below.
 */
export const ActorContext = createContext<ConcernActorRef | null | undefined>(undefined);

let actorCommitted: { promise: Promise<void>; resolve: () => void } | undefined;
/** Resolves once a provider has put an actor on screen (a page that rendered before it waits for it). */
export function whenActorReady(): Promise<void> {
  if (!actorCommitted) {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    actorCommitted = { promise, resolve };
  }
  return actorCommitted.promise;
}

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

export function ConcernSessionProvider({
  children,
  initialInput = {},
  initialTraining = false,
}: {
  children: ReactNode;
  initialInput?: ConcernInput;
  /** Begin in training (the app opened on #/training): no second concern, no remount of the page. */
  initialTraining?: boolean;
}) {
  const [state, setState] = useState<{
    generation: number;
    input: ConcernInput;
    snapshot?: Snapshot<unknown>;
    notes: Notes;
    training: boolean;
    notesVersion: number;
    savedAt?: { answers: readonly unknown[]; notesVersion: number };
  }>({ generation: 0, input: initialInput, notes: {}, training: initialTraining, notesVersion: 0 });

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

  // The statechart arrives with the first page that drives the concern, or with loadConcernActor,
  // which the app calls once the first page has settled (App), so "Begin" finds it loaded.
  const statechart = useSyncExternalStore(subscribeToModule, currentModule, currentModule);
  // One actor per concern (generation), made in render so the pages of a new concern never see the
  // previous one. The machine has no timers or child actors, so an actor dropped is simply garbage;
  // it is not stopped (a stopped actor cannot be started again, which React's strict effects would need).
  const actor = useMemo(
    // input and snapshot change only with the generation.
    () => (statechart ? statechart.createConcernActor(state.input, state.snapshot) : null),
    [statechart, state.generation],
  );
  useLayoutEffect(() => {
    if (actor) actorCommitted?.resolve();
  }, [actor]);

  return (
    <SessionContext.Provider value={session}>
      <ActorContext.Provider value={actor}>
        {/* A new concern remounts everything below, as a fresh page would. */}
        <Fragment key={state.generation}>{children}</Fragment>
      </ActorContext.Provider>
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

const NO_ANSWERS: readonly unknown[] = [];

/**
 * The concern's answers so far, read from its actor without loading the statechart (no actor yet:
 * no answers). Use below a ConcernSessionProvider or ConcernActor.Provider.
 */
export function useConcernAnswers(): readonly unknown[] {
  const actor = useContext(ActorContext);
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!actor) return () => undefined;
      const subscription = actor.subscribe({ next: notify, error: notify });
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const answers = () => (actor ? actor.getSnapshot().context.answers : NO_ANSWERS);
  return useSyncExternalStore(subscribe, answers, answers);
}

/**
 * Whether the concern holds work that would be lost: answers or notes, not saved as a draft nor
 * exported since they last changed. Training keeps nothing by design, so it is never "unsaved".
 */
export function useUnsavedConcern(): boolean {
  const session = useConcernSession();
  const answers = useConcernAnswers();
  if (session.training) return false;
  if (answers.length === 0 && session.notesVersion === 0) return false;
  const saved = session.savedAt;
  return !saved || saved.notesVersion !== session.notesVersion || !sameAnswers(saved.answers, answers);
}

/** Whether a concern is under way (answers given), saved or not. */
export function useConcernInProgress(): boolean {
  const session = useConcernSession();
  const answered = useConcernAnswers().length;
  return !session.training && answered > 0;
}
