// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockNow, rememberDraft, rememberedDraft, resetUnlockedForTests, setIdleLockMinutes, subscribeLock, type LockReason } from './unlocked';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
  resetUnlockedForTests();
});
afterEach(() => {
  resetUnlockedForTests();
  vi.useRealTimers();
});

const remember = () => rememberDraft({ generation: 1, id: 'd1', label: 'groep 6', passphrase: 'paard batterij nietje' });

describe('idle lock', () => {
  it('clears the remembered passphrase after the default five minutes without input, and tells subscribers', () => {
    const reasons: LockReason[] = [];
    subscribeLock((r) => reasons.push(r));
    remember();
    vi.advanceTimersByTime(4 * 60_000 + 59_000);
    expect(rememberedDraft(1)?.passphrase).toBe('paard batterij nietje');
    vi.advanceTimersByTime(1_000);
    // Id and label stay (the concern on screen is the worker's), the passphrase is gone.
    expect(rememberedDraft(1)).toEqual({ generation: 1, id: 'd1', label: 'groep 6', passphrase: undefined });
    expect(reasons).toEqual(['idle']);
  });

  it('counts any input as activity and starts the period again', () => {
    remember();
    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(4 * 60_000);
    expect(rememberedDraft(1)?.passphrase).toBeDefined();
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(rememberedDraft(1)?.passphrase).toBeDefined();
    vi.advanceTimersByTime(60_000);
    expect(rememberedDraft(1)?.passphrase).toBeUndefined();
  });

  it('uses the configured minutes, and ignores an invalid value', () => {
    remember();
    setIdleLockMinutes(0);
    setIdleLockMinutes(61);
    setIdleLockMinutes(1);
    vi.advanceTimersByTime(59_000);
    expect(rememberedDraft(1)?.passphrase).toBeDefined();
    vi.advanceTimersByTime(1_000);
    expect(rememberedDraft(1)?.passphrase).toBeUndefined();
  });

  it('locks on pagehide (the page may sit in the back/forward cache)', () => {
    const reasons: LockReason[] = [];
    subscribeLock((r) => reasons.push(r));
    remember();
    window.dispatchEvent(new Event('pagehide'));
    expect(rememberedDraft(1)?.passphrase).toBeUndefined();
    expect(reasons).toEqual(['pagehide']);
  });

  it('locks on return when the tab was hidden longer than the period (timers do not run while asleep)', () => {
    remember();
    // The clock jumps without timers firing, as after a laptop's sleep.
    vi.setSystemTime(Date.now() + 6 * 60_000);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(rememberedDraft(1)?.passphrase).toBeUndefined();
  });

  it('an unsubscribed listener is not called; lockNow works without a remembered draft', () => {
    const calls: LockReason[] = [];
    const off = subscribeLock((r) => calls.push(r));
    off();
    lockNow('idle');
    expect(calls).toEqual([]);
    expect(rememberedDraft(1)).toBeUndefined();
  });
});

describe('a remembered draft per kind of case', () => {
  it('keeps the concern’s and the onderling case’s drafts apart, and the lock clears both passphrases', () => {
    remember();
    rememberDraft({ generation: 1, id: 'o1', label: 'plein', passphrase: 'andere lange wachtzin' }, 'onderling');
    // Both cases are at generation 1 of their own: the kind tells them apart.
    expect(rememberedDraft(1)?.id).toBe('d1');
    expect(rememberedDraft(1, 'onderling')?.id).toBe('o1');
    expect(rememberedDraft(2, 'onderling')).toBeUndefined();
    lockNow('pagehide');
    expect(rememberedDraft(1)?.passphrase).toBeUndefined();
    expect(rememberedDraft(1, 'onderling')).toEqual({ generation: 1, id: 'o1', label: 'plein', passphrase: undefined });
  });

  it('forgets only the draft deleted, or all of them', async () => {
    const { forgetDraft } = await import('./unlocked');
    remember();
    rememberDraft({ generation: 3, id: 'o1', label: 'plein' }, 'onderling');
    forgetDraft('o1');
    expect(rememberedDraft(3, 'onderling')).toBeUndefined();
    expect(rememberedDraft(1)?.id).toBe('d1');
    rememberDraft({ generation: 3, id: 'o1', label: 'plein' }, 'onderling');
    forgetDraft();
    expect(rememberedDraft(1)).toBeUndefined();
    expect(rememberedDraft(3, 'onderling')).toBeUndefined();
  });
});
