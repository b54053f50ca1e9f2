import { describe, expect, it } from 'vitest';
import { DEFAULT_SOCIALE_KAART } from '../../content/sociale-kaart';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings';
import { settingsChanges } from './changes';

const current: Settings = {
  ...DEFAULT_SETTINGS,
  organisation: 'Welstad',
  schools: [
    { id: 'de-linde', name: 'De Linde', type: 'po' },
    { id: 'het-kompas', name: 'Het Kompas', type: 'vo' },
  ],
};

describe('settingsChanges', () => {
  it('finds nothing when the file holds the same settings (a kaart with its keys in another order too)', () => {
    expect(settingsChanges(current, structuredClone(current))).toEqual([]);
    const kaart = structuredClone(DEFAULT_SOCIALE_KAART);
    const reordered = Object.fromEntries(Object.entries(kaart).reverse()) as typeof kaart;
    expect(settingsChanges({ ...current, socialeKaart: kaart }, { ...current, socialeKaart: reordered })).toEqual([]);
  });

  it('marks a lower threshold, longer retention, a longer idle lock and a swapped kaart as weaker', () => {
    const incoming: Settings = {
      ...current,
      suppressionThreshold: 5,
      draftExpiryDays: 365,
      idleLockMinutes: 60,
      socialeKaart: { ...structuredClone(DEFAULT_SOCIALE_KAART), name: 'Andere kaart' },
    };
    const changes = settingsChanges(current, incoming);
    expect(changes.map((c) => [c.key, c.from, c.to, c.weaker])).toEqual([
      ['socialeKaart', undefined, 'Andere kaart', true],
      ['suppressionThreshold', 10, 5, true],
      ['draftExpiryDays', 42, 365, true],
      ['idleLockMinutes', 5, 60, true],
    ]);
  });

  it('a stricter file is a change but not weaker; schools list what is added and removed', () => {
    const incoming: Settings = {
      ...current,
      organisation: 'Welstad Noord',
      schools: [
        { id: 'de-linde', name: 'De Linde', type: 'po' },
        { id: 'de-rank', name: 'De Rank', type: 'po' },
      ],
      suppressionThreshold: 15,
      draftExpiryDays: 14,
      idleLockMinutes: 2,
    };
    const changes = settingsChanges(current, incoming);
    expect(changes.every((c) => !c.weaker)).toBe(true);
    expect(changes.find((c) => c.key === 'schools')).toMatchObject({ added: ['De Rank (po)'], removed: ['Het Kompas (vo)'] });
    expect(changes.map((c) => c.key)).toEqual(['organisation', 'schools', 'suppressionThreshold', 'draftExpiryDays', 'idleLockMinutes']);
  });
});
