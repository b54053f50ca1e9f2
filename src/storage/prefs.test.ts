// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parsePrefs, readPrefs, SECTOR_USER_ROLES, writePrefs } from './prefs';

beforeEach(() => localStorage.clear());

describe('prefs', () => {
  it('defaults to Dutch and po without a role', () => {
    expect(readPrefs()).toEqual(DEFAULT_PREFS);
    expect(DEFAULT_PREFS).toEqual({ language: 'nl', sector: 'po' });
  });

  it('remembers role, sector and language', () => {
    writePrefs({ role: 'trainer', sector: 'kinderopvang' });
    writePrefs({ language: 'en' });
    expect(readPrefs()).toEqual({ language: 'en', sector: 'kinderopvang', role: 'trainer' });
  });

  it('replaces unknown or tampered values by defaults and drops unknown keys', () => {
    expect(parsePrefs({ language: 'fr', sector: 'hbo', role: 'directeur', name: 'Jan' })).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('en')).toEqual(DEFAULT_PREFS);
    localStorage.setItem('zorgroute.prefs', '{not json');
    expect(readPrefs()).toEqual(DEFAULT_PREFS);
    localStorage.setItem('zorgroute.prefs', JSON.stringify({ language: 'en', sector: 42 }));
    expect(readPrefs()).toEqual({ language: 'en', sector: 'po' });
  });

  it('stores categories only', () => {
    writePrefs({ role: 'ib', ...({ name: 'Jan', pupil: 'Piet' } as object) });
    expect(JSON.parse(localStorage.getItem('zorgroute.prefs')!)).toEqual({ language: 'nl', sector: 'po', role: 'ib' });
  });

  it('the kinderopvang offers its own roles (no intern begeleider or zorgcoördinator); the schools keep theirs', () => {
    expect(SECTOR_USER_ROLES.kinderopvang).toEqual(['pedagogisch-medewerker', 'leidinggevende', 'aandachtsfunctionaris', 'sociaal-werker', 'trainer']);
    for (const sector of ['po', 'vo'] as const) {
      expect(SECTOR_USER_ROLES[sector]).toEqual(['ib', 'zorgcoordinator', 'sociaal-werker', 'pedagogisch-medewerker', 'trainer']);
    }
    expect(parsePrefs({ sector: 'kinderopvang', role: 'aandachtsfunctionaris' })).toEqual({ language: 'nl', sector: 'kinderopvang', role: 'aandachtsfunctionaris' });
  });
});
