import { useSyncExternalStore } from 'react';
import type { Sector } from '../../machines/ids';
import type { Notes } from './session';

/**
 * The case of the route for behaviour between children (#/onderling) as the app holds it: like the
 * concern (./session), in memory only, above the pages, so leaving the route and coming back (the
 * drafts page, the start page) keeps it, and drafts can save and resume it. Its notes are free text
 * about a child: they leave memory only encrypted (drafts), never in plain text.
 *
 * Plain data, no statechart: this module is in the first load (the unload guard reads it), the
 * machine is not. The page's actor is made from `snapshot` (the machine's persisted snapshot) and
 * writes each new one back here (`update`); the machine itself keeps nothing but its answers.
 */
export interface OnderlingCase {
  /** Changes whenever a case starts or one is restored; the page's actor is remade. */
  generation: number;
  /** The sector the case was begun (or saved) with; undefined until a case has begun. */
  sector?: Sector;
  /** The machine's persisted snapshot (actor.getPersistedSnapshot()); undefined: a fresh case. */
  snapshot?: unknown;
  /** The answers in the snapshot, in order (what "unsaved" compares). */
  answers: readonly unknown[];
  notes: Notes;
  /** Changes of the user's notes so far (bookkeeping notes such as the counted marker excluded). */
  notesVersion: number;
  /** What was saved as a draft last (answers and notes version), if anything. */
  savedAt?: { answers: readonly unknown[]; notesVersion: number };
}

const EMPTY: OnderlingCase = { generation: 0, answers: [], notes: {}, notesVersion: 0 };

let state: OnderlingCase = EMPTY;
const listeners = new Set<() => void>();

function set(next: OnderlingCase) {
  state = next;
  for (const listener of listeners) listener();
}

function answersOf(snapshot: unknown): readonly unknown[] {
  const answers = (snapshot as { context?: { answers?: unknown } } | undefined)?.context?.answers;
  return Array.isArray(answers) ? answers : [];
}

const sameAnswers = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => JSON.stringify(x) === JSON.stringify(b[i]));

export const onderlingCase = {
  get: (): OnderlingCase => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** A fresh case (answers and notes dropped) in `sector`. */
  start(sector: Sector) {
    set({ ...EMPTY, generation: state.generation + 1, sector });
  },
  /** Resume a draft: its snapshot and notes, saved as they are. */
  restore(sector: Sector, snapshot: unknown, notes: Notes) {
    const answers = answersOf(snapshot);
    set({ generation: state.generation + 1, sector, snapshot, answers, notes, notesVersion: 0, savedAt: { answers, notesVersion: 0 } });
  },
  /** The page's actor moved on: its persisted snapshot (same generation only; an old actor is ignored). */
  update(generation: number, sector: Sector, snapshot: unknown) {
    if (generation !== state.generation) return;
    set({ ...state, sector, snapshot, answers: answersOf(snapshot) });
  },
  /** Sets one note; `bookkeeping` (the counted marker) travels with the case but is not the user's work. */
  setNote(key: string, text: string, options?: { bookkeeping?: boolean }) {
    if (state.notes[key] === text) return;
    set({ ...state, notes: { ...state.notes, [key]: text }, notesVersion: state.notesVersion + (options?.bookkeeping ? 0 : 1) });
  },
  /** The case was saved as a draft with these answers. */
  markSaved(answers: readonly unknown[]) {
    set({ ...state, savedAt: { answers, notesVersion: state.notesVersion } });
  },
};

/** Whether the case holds answers or notes not saved as a draft since they last changed. */
export function isUnsaved(c: OnderlingCase): boolean {
  if (c.answers.length === 0 && c.notesVersion === 0) return false;
  return !c.savedAt || c.savedAt.notesVersion !== c.notesVersion || !sameAnswers(c.savedAt.answers, c.answers);
}

export function useOnderlingCase(): OnderlingCase {
  return useSyncExternalStore(onderlingCase.subscribe, onderlingCase.get, onderlingCase.get);
}

export function useUnsavedOnderling(): boolean {
  return isUnsaved(useOnderlingCase());
}
