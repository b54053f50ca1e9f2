import { emptyCounters, putCell } from '../src/storage/counts';
import { toCountsFile } from '../src/storage/counts-file';
import { countRegistration, type Registration } from '../src/storage/registration';
import type { SchoolSetting } from '../src/storage/settings';

/**
 * The sample year of the report's stories and of the report e2e tests (pure: no store, no i18n, so
 * Playwright tests in Node can make a counts file of it).
 */
export const SCHOOLS: SchoolSetting[] = [
  { id: 'de-linde', name: 'De Linde', type: 'po' },
  { id: 'de-rank', name: 'De Rank', type: 'po' },
  { id: 'ubbo-emmius', name: 'Ubbo Emmius Stationslaan', type: 'vo' },
];

/** A year of registrations across the schools, deterministic, shaped like seed 003 but smaller. */
export function sampleRegistrations(year: string): Registration[] {
  const regs: Registration[] = [];
  const contacts = ['ib', 'leerkracht', 'professional', 'ouder', 'leerling'] as const;
  const themes = ['gedrag-emotieregulatie', 'sociale-vaardigheden', 'opvoedvragen', 'echtscheiding', 'verzuim', 'armoede'] as const;
  for (let i = 0; i < 420; i++) {
    const school = SCHOOLS[i % 7 < 4 ? 0 : i % 7 < 6 ? 1 : 2]!.id;
    const contact = contacts[(i * 3) % 5]!;
    const referral = i % 23 === 0 ? { route: 'intern' as const, partner: i % 2 ? 'gezinscoaching' : 'buurtwerk' } : i % 41 === 0 ? { route: 'extern' as const, partner: 'cjg' } : undefined;
    regs.push({
      month: `${year}-${String((i % 12) + 1).padStart(2, '0')}`,
      school,
      contacts: [contact],
      via: contact === 'ouder' && i % 5 === 0 ? 'leerkracht' : contact === 'leerling' ? 'leerling' : contact === 'ouder' ? 'ouder' : 'leerkracht',
      activities: [i % 9 === 0 ? 'kindgesprek' : i % 13 === 0 ? 'observatie' : 'gesprek'],
      themes: [themes[i % 6]!, ...(i % 4 === 0 ? [themes[(i + 1) % 3]!] : [])],
      flags: [],
      ...(referral ?? { route: i % 5 < 2 ? ('advies' as const) : ('begeleiding' as const) }),
    });
  }
  for (let i = 0; i < 60; i++) regs.push({ month: `${year}-${String((i % 12) + 1).padStart(2, '0')}`, school: SCHOOLS[i % 3]!.id, contacts: [], activities: [i % 3 ? 'overleg' : 'mdo'], themes: [], flags: [] });
  return regs;
}


/** The registrations as a colleague's counts file (what the report imports). */
export function countsFileOf(regs: Registration[], installation = 'story-colleague-0001') {
  const set = emptyCounters();
  for (const reg of regs) for (const [cell, n] of countRegistration(reg)) putCell(set, installation, cell, n, 'add');
  return toCountsFile(set, { contentVersion: '2026.11.1', exportedAt: regs[0]?.month ?? '2026-01', schools: SCHOOLS });
}
