import { useSyncExternalStore } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES, isIdleLockMinutes } from './limits';
import type { DraftKind } from './drafts-store';

/**
 * What is unlocked in this tab, and the lock that clears it (issue 13).
 *
 * The draft the current concern came from (or was last saved as) is remembered with its
 * passphrase, so the worker can update it without typing the passphrase again. Module memory only:
 * never stored, gone on reload, and tied to the session generation so a new concern never
 * overwrites it. The drafts page keeps the drafts it decrypted in its own state and clears them
 * when the lock fires (subscribeLock).
 *
 * The lock fires after a period without any input (the privacy setting `idleLockMinutes`, 5 by
 * default) and on `pagehide`, so an unattended tab or a page kept in the back/forward cache holds
 * no passphrase and no decrypted draft. After a lock the remembered draft keeps its id and label
 * (the concern on screen is the worker's work in progress and stays) but not its passphrase:
 * updating it asks for the passphrase again.
 */
export interface OpenedDraftRef {
  generation: number;
  id: string;
  label: string;
  /** Undefined after a lock: updating asks for the passphrase again. */
  passphrase?: string;
}

export type LockReason = 'idle' | 'pagehide';

// One remembered draft per kind of case: the concern and the onderling case live side by side, each
// with its own generation (src/concern), so each may have come from a draft of its own.
let current: Partial<Record<DraftKind, OpenedDraftRef>> = {};
let version = 0;
const listeners = new Set<(reason: LockReason) => void>();
const renders = new Set<() => void>();

function changed() {
  version++;
  for (const render of renders) render();
}

export function rememberDraft(ref: OpenedDraftRef, kind: DraftKind = 'concern'): void {
  current = { ...current, [kind]: ref };
  changed();
  armIdleLock();
}

export function rememberedDraft(generation: number, kind: DraftKind = 'concern'): OpenedDraftRef | undefined {
  const ref = current[kind];
  return ref && ref.generation === generation ? ref : undefined;
}

/** Forget the draft (deleted, all data deleted, or the passphrase should no longer be held). */
export function forgetDraft(id?: string): void {
  const kept = Object.fromEntries(Object.entries(current).filter(([, ref]) => id !== undefined && ref.id !== id));
  if (Object.keys(kept).length !== Object.keys(current).length) {
    current = kept;
    changed();
  }
}

/**
 * Clears every passphrase and decrypted draft of this tab: the remembered passphrase here, and
 * whatever the subscribers hold (the drafts page's unlocked list, typed passphrases).
 */
export function lockNow(reason: LockReason): void {
  current = Object.fromEntries(Object.entries(current).map(([kind, ref]) => [kind, { ...ref, passphrase: undefined }]));
  for (const listener of listeners) listener(reason);
  changed();
}

/** Called with the reason whenever the lock fires; returns the unsubscribe function. */
export function subscribeLock(listener: (reason: LockReason) => void): () => void {
  listeners.add(listener);
  armIdleLock();
  return () => listeners.delete(listener);
}

/** Re-renders a component when the remembered draft changes or the lock fires. */
export function useUnlockedVersion(): number {
  return useSyncExternalStore(
    (render) => {
      renders.add(render);
      return () => renders.delete(render);
    },
    () => version,
  );
}

// --- The idle timer -------------------------------------------------------------------------

let idleMs = DEFAULT_IDLE_LOCK_MINUTES * 60_000;
let lastActivity = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let armed = false;

/** Input of any kind counts as activity; moving the pointer too (someone is at the screen). */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;

function schedule() {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    // A timer may fire late (a throttled background tab) but never early: check the real time.
    if (Date.now() - lastActivity >= idleMs) lockNow('idle');
    else schedule();
  }, Math.max(0, idleMs - (Date.now() - lastActivity)));
}

function onActivity() {
  const now = Date.now();
  // Rescheduling on every pointer move is wasteful; once a second is precise enough.
  if (now - lastActivity < 1000 && timer !== undefined) return;
  lastActivity = now;
  schedule();
}

function onVisible() {
  // A laptop that slept does not run timers: check on coming back.
  if (document.visibilityState === 'visible' && Date.now() - lastActivity >= idleMs) lockNow('idle');
}

function onPageHide() {
  lockNow('pagehide');
}

/** Starts watching for inactivity and pagehide (once per tab; the drafts code calls it when loaded). */
export function armIdleLock(): void {
  if (armed || typeof window === 'undefined') return;
  armed = true;
  lastActivity = Date.now();
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pagehide', onPageHide);
  schedule();
}

/** The configured minutes (settings); an invalid value keeps the current one. */
export function setIdleLockMinutes(minutes: number): void {
  if (!isIdleLockMinutes(minutes)) return;
  idleMs = minutes * 60_000;
  if (armed) schedule();
}

/** For tests: stop watching and forget everything. */
export function resetUnlockedForTests(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (armed) {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('pagehide', onPageHide);
  }
  armed = false;
  idleMs = DEFAULT_IDLE_LOCK_MINUTES * 60_000;
  current = {};
  listeners.clear();
  changed();
}
