import { beforeEach, describe, expect, it } from 'vitest';
import { isUnsaved, onderlingCase } from './onderling-case';

// The app's memory of the onderling case: what "unsaved" means (the unload guard and the start page ask
// on it) and that an actor of an earlier case cannot write into a later one.

const snapshotWith = (...answers: [string, string][]) => ({ status: 'active', value: 'vlag', context: { sector: 'po', answers } });

beforeEach(() => onderlingCase.start('po'));

describe('the onderling case in memory', () => {
  it('is unsaved once answered or noted, saved after markSaved, unsaved again after a change', () => {
    expect(isUnsaved(onderlingCase.get())).toBe(false);
    const { generation } = onderlingCase.get();
    onderlingCase.update(generation, 'po', snapshotWith(['onderling.soort', 'seksueel']));
    expect(isUnsaved(onderlingCase.get())).toBe(true);
    onderlingCase.markSaved(onderlingCase.get().answers);
    expect(isUnsaved(onderlingCase.get())).toBe(false);
    onderlingCase.setNote('onderling.vlag', 'aanraken zonder toestemming');
    expect(isUnsaved(onderlingCase.get())).toBe(true);
    onderlingCase.markSaved(onderlingCase.get().answers);
    // The counted marker is bookkeeping, not the worker's work.
    onderlingCase.setNote('record@counted', '{"school":"x","month":"2026-12"}', { bookkeeping: true });
    expect(isUnsaved(onderlingCase.get())).toBe(false);
    onderlingCase.update(generation, 'po', snapshotWith(['onderling.soort', 'online']));
    expect(isUnsaved(onderlingCase.get())).toBe(true);
  });

  it('a restored draft is saved as it is; an actor of an earlier case writes nothing into it', () => {
    const before = onderlingCase.get().generation;
    onderlingCase.restore('vo', snapshotWith(['onderling.soort', 'ander']), { 'onderling.zorgen': 'niets gezien' });
    const now = onderlingCase.get();
    expect(now.generation).toBe(before + 1);
    expect(now).toMatchObject({ sector: 'vo', answers: [['onderling.soort', 'ander']], notes: { 'onderling.zorgen': 'niets gezien' } });
    expect(isUnsaved(now)).toBe(false);
    onderlingCase.update(before, 'po', snapshotWith());
    expect(onderlingCase.get()).toBe(now);
    onderlingCase.start('po');
    expect(onderlingCase.get()).toMatchObject({ answers: [], notes: {}, sector: 'po' });
    expect(onderlingCase.get().snapshot).toBeUndefined();
  });
});
