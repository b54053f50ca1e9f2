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
  setNote(key: string, text: string): void;
}

const SessionContext = createContext<ConcernSession | null>(null);

export function ConcernSessionProvider({ children, initialInput = {} }: { children: ReactNode; initialInput?: ConcernInput }) {
  const [state, setState] = useState<{
    generation: number;
    input: ConcernInput;
    snapshot?: Snapshot<unknown>;
    notes: Notes;
    training: boolean;
  }>({ generation: 0, input: initialInput, notes: {}, training: false });

  const start = useCallback((input: ConcernInput, options?: { training?: boolean }) => {
    setState((s) => ({ generation: s.generation + 1, input, notes: {}, training: options?.training ?? false }));
  }, []);
  const restore = useCallback((input: ConcernInput, snapshot: Snapshot<unknown>, notes: Notes) => {
    setState((s) => ({ generation: s.generation + 1, input, snapshot, notes, training: false }));
  }, []);
  const setNote = useCallback((key: string, text: string) => {
    setState((s) => ({ ...s, notes: { ...s.notes, [key]: text } }));
  }, []);

  const session = useMemo<ConcernSession>(
    () => ({
      generation: state.generation,
      input: state.input,
      notes: state.notes,
      training: state.training,
      start,
      restore,
      setNote,
    }),
    [state, start, restore, setNote],
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
