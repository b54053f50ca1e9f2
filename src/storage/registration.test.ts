import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, CONTACTS, FLAGS, ROUTES, THEMES, VIAS } from '../../machines/ids';
import { allColumns, isColumn, monthOf, parseCell } from './cells';
import { countRegistration, registrationColumns, validateRegistration, type Registration } from './registration';

const base: Registration = {
  month: '2025-03',
  school: 'de-rank',
  contacts: ['ouder'],
  via: 'leerkracht',
  activities: ['gesprek'],
  themes: ['opvoedvragen'],
  route: 'advies',
  flags: [],
};

describe('countRegistration', () => {
  it('counts each category of a registration once, keyed by month and school only', () => {
    expect([...countRegistration(base).entries()].sort()).toEqual([
      ['2025-03|de-rank|activiteit|gesprek', 1],
      ['2025-03|de-rank|contact-via|ouder.leerkracht', 1],
      ['2025-03|de-rank|contact|ouder', 1],
      ['2025-03|de-rank|registratie|n', 1],
      ['2025-03|de-rank|route|advies', 1],
      ['2025-03|de-rank|thema|opvoedvragen', 1],
      ['2025-03|de-rank|via|leerkracht', 1],
    ]);
  });

  it('counts a referral under its partner and kind', () => {
    const cols = registrationColumns({ ...base, route: 'intern', partner: 'gezinscoaching' });
    expect(cols).toContain('verwijzing|internal.gezinscoaching');
    const ext = registrationColumns({ ...base, route: 'extern', partner: 'mijn-partner', partnerKind: 'external' });
    expect(ext).toContain('verwijzing|external.mijn-partner');
    expect(validateRegistration({ ...base, route: 'afgesloten', partner: 'cjg' })).toEqual([
      'a partner is only counted with route "intern" or "extern"',
    ]);
    expect(validateRegistration({ ...base, route: 'intern', partner: 'cjg', partnerKind: 'external' })).not.toEqual([]);
    // Version 2: a melding is route veilig-thuis; Veilig Thuis is no partner of a referral.
    expect(validateRegistration({ ...base, route: 'extern', partner: 'veilig-thuis' })).toEqual([
      'Veilig Thuis is no referral partner: a melding is route "veilig-thuis"',
    ]);
    expect(registrationColumns({ ...base, route: 'veilig-thuis' })).toContain('route|veilig-thuis');
  });

  it('treats lists as sets, so a double tap cannot inflate the figures', () => {
    const cols = registrationColumns({ ...base, contacts: ['ouder', 'ouder'], themes: ['armoede', 'armoede'], flags: ['acuut', 'acuut'] });
    expect(cols.filter((c) => c === 'contact|ouder')).toHaveLength(1);
    expect(cols.filter((c) => c === 'thema|armoede')).toHaveLength(1);
    expect(cols.filter((c) => c === 'vlag|acuut')).toHaveLength(1);
  });

  it('refuses what may not be stored: dates finer than a month, free text as ids, unknown values', () => {
    expect(validateRegistration({ ...base, month: '2025-03-14' })).not.toEqual([]);
    expect(validateRegistration({ ...base, school: 'Jan de Vries' })).not.toEqual([]);
    expect(validateRegistration({ ...base, school: 'a|b' })).not.toEqual([]);
    expect(validateRegistration({ ...base, themes: ['naam van kind' as never] })).not.toEqual([]);
    expect(validateRegistration({ ...base, route: 'extern' })).toEqual(['route "extern" needs the partner it refers to']);
    expect(() => countRegistration({ ...base, month: '2025-13' })).toThrow(/month/);
  });

  it('produces only known columns, and every cell key parses back', () => {
    const reg = fc.record({
      month: fc.constantFrom('2024-12', '2025-01', '2025-10'),
      school: fc.constantFrom('de-rank', 'ubbo-emmius-pro', 's1'),
      contacts: fc.subarray([...CONTACTS]),
      via: fc.option(fc.constantFrom(...VIAS), { nil: undefined }),
      activities: fc.subarray([...ACTIVITIES]),
      themes: fc.subarray([...THEMES]),
      route: fc.option(fc.constantFrom(...ROUTES.filter((r) => r !== 'intern' && r !== 'extern')), { nil: undefined }),
      flags: fc.subarray([...FLAGS]),
    });
    const known = new Set(allColumns());
    fc.assert(
      fc.property(reg, (r) => {
        for (const [key, n] of countRegistration(r)) {
          const parsed = parseCell(key);
          expect(parsed).toBeDefined();
          expect(isColumn(parsed!.column)).toBe(true);
          expect(known.has(parsed!.column)).toBe(true);
          expect(n).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  it('gives the month of a date, nothing finer', () => {
    expect(monthOf(new Date(2025, 0, 31, 23, 59))).toBe('2025-01');
  });
});
