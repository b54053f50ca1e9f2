import type { SchoolSetting, Settings } from '../storage/settings';

/**
 * What a settings file would change (issue 13): a settings import replaces everything at once, so
 * before it is stored the page shows each change and asks. A change that weakens privacy is marked:
 * a lower suppression threshold (smaller numbers published outside), drafts kept longer, a longer
 * idle lock, or a different sociale kaart (the partners a worker is sent to, with their links).
 */
export type ChangeKey = 'organisation' | 'schools' | 'socialeKaart' | 'suppressionThreshold' | 'draftExpiryDays' | 'idleLockMinutes';

export interface SettingsChange {
  key: ChangeKey;
  /** Values as shown; the page words them (names of schools, numbers, a kaart's name or undefined = default). */
  from: string | number | undefined;
  to: string | number | undefined;
  /** True when the change makes privacy weaker: the page warns before asking. */
  weaker: boolean;
  /** Schools only: names added and removed. */
  added?: string[];
  removed?: string[];
}

const schoolLine = (s: SchoolSetting) => `${s.name} (${s.type})`;

/** Stable comparison of JSON values (a kaart read back from storage may list keys in another order). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function settingsChanges(current: Settings, incoming: Settings): SettingsChange[] {
  const changes: SettingsChange[] = [];
  if (current.organisation !== incoming.organisation) {
    changes.push({ key: 'organisation', from: current.organisation, to: incoming.organisation, weaker: false });
  }
  const before = new Map(current.schools.map((s) => [s.id, schoolLine(s)]));
  const after = new Map(incoming.schools.map((s) => [s.id, schoolLine(s)]));
  const added = [...after].filter(([id, line]) => before.get(id) !== line).map(([, line]) => line);
  const removed = [...before].filter(([id, line]) => after.get(id) !== line).map(([, line]) => line);
  if (added.length > 0 || removed.length > 0) {
    changes.push({ key: 'schools', from: current.schools.length, to: incoming.schools.length, weaker: false, added, removed });
  }
  if (canonical(current.socialeKaart ?? null) !== canonical(incoming.socialeKaart ?? null)) {
    changes.push({ key: 'socialeKaart', from: current.socialeKaart?.name, to: incoming.socialeKaart?.name, weaker: true });
  }
  const numbers: [ChangeKey & ('suppressionThreshold' | 'draftExpiryDays' | 'idleLockMinutes'), (from: number, to: number) => boolean][] = [
    ['suppressionThreshold', (from, to) => to < from],
    ['draftExpiryDays', (from, to) => to > from],
    ['idleLockMinutes', (from, to) => to > from],
  ];
  for (const [key, weakens] of numbers) {
    if (current[key] !== incoming[key]) changes.push({ key, from: current[key], to: incoming[key], weaker: weakens(current[key], incoming[key]) });
  }
  return changes;
}
