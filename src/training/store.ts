import { useSyncExternalStore } from 'react';
import type { TrainingCasus } from './casus';

/**
 * What the training page shows, kept outside React: starting a concern remounts everything below
 * the session provider (a fresh actor), and the trainer must not lose the casus they have open when
 * they restart it. In memory only, like everything in training.
 */
export interface Rejected {
  index: number;
  question: string;
  value: string;
}

/** The room chose `value` where the casus answers otherwise, at this position. */
export interface Discussion {
  index: number;
  value: string;
}

export interface TrainingView {
  view: 'library' | 'presenter';
  casus?: TrainingCasus;
  /** The expected answer is shown for the answer at this position (undefined: hidden). */
  revealedAt?: number;
  /** The machine refused the casus answer at this position. */
  rejected?: Rejected;
  discussion?: Discussion;
  showDiagram: boolean;
  fullMap?: boolean;
}

let state: TrainingView = { view: 'library', showDiagram: false };
const listeners = new Set<() => void>();

export function getTrainingView(): TrainingView {
  return state;
}

export function setTrainingView(change: Partial<TrainingView> | ((s: TrainingView) => Partial<TrainingView>)) {
  const patch = typeof change === 'function' ? change(state) : change;
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function resetTrainingView() {
  state = { view: 'library', showDiagram: false };
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTrainingView(): TrainingView {
  return useSyncExternalStore(subscribe, getTrainingView, getTrainingView);
}
