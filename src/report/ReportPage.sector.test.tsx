// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sector } from '../../machines/ids';
import { appI18n, setAppLanguage, setupTestI18n } from '../../tests/i18n';
import { writePrefs } from '../storage/prefs';
import type { Registration } from '../storage/registration';
import { getStore } from '../storage/store';
import { csvFile } from './csvFiles';
import ReportPage from './ReportPage';
import { reportLookups, reportVersion } from './reportVersion';
import type { Translate } from './tables';
import { schoolChoices } from './useSchoolChoice';

configure({ asyncUtilTimeout: 15_000 });

/**
 * Kinderopvang is not a school (issue 14 §6): a kinderopvang organisation's report speaks of its
 * locaties in the controls, the tables and the CSV of the tables; the per-month CSV keeps its column
 * names ("School-id", "School") in every sector, so a spreadsheet that reads it keeps working.
 */
const RUPS = { id: 'de-rups', name: 'Kinderdagverblijf De Rups', type: 'po' as const };
const reg = (over: Partial<Registration> = {}): Registration => ({
  month: '2026-03',
  school: RUPS.id,
  contacts: ['ouder'],
  activities: ['gesprek'],
  themes: ['opvoedvragen'],
  route: 'advies',
  flags: [],
  ...over,
});

beforeAll(async () => {
  await setupTestI18n(['report']);
});
beforeEach(async () => {
  localStorage.clear();
  await setAppLanguage('nl');
  const store = getStore();
  await store.deleteAllLocalData();
  await store.setSettings({ organisation: 'Kinderopvang Welstad', schools: [RUPS] });
  for (let i = 0; i < 3; i++) await store.recordRegistration(reg());
  await store.recordRegistration(reg({ contacts: ['ib'], activities: ['observatie'], route: undefined }));
});
afterEach(cleanup);

const renderReport = () => render(<ReportPage navigate={() => undefined} loadStore={async () => getStore()} now={() => new Date(2026, 5, 15)} />);
/** The page's words, without a quoted CSV column name (‘School-id’) and the childcare term "out-of-school". */
const pageWords = () => (screen.getByTestId('report-page').textContent ?? '').replace(/‘[^’]*’/g, '').replace(/out-of-school/g, '');

describe('the report in the sector of the start page', { timeout: 60_000 }, () => {
  it('kinderopvang: per locatie in the lead, the controls, the facts and the per-location table; never "school"', async () => {
    writePrefs({ sector: 'kinderopvang' });
    renderReport();
    const section = await screen.findByRole('heading', { level: 2, name: 'Inzet per locatie' });
    expect(section).toBeInTheDocument();
    expect(screen.getByText(/per periode en per locatie/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Locaties: Primair onderwijs' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Alle locaties kiezen' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Per locatie/ });
    expect(within(table).getByRole('columnheader', { name: 'Locatie' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /Kinderdagverblijf De Rups/ })).toBeInTheDocument();
    expect(screen.getByText('Locaties').tagName).toBe('DT');
    expect(pageWords().match(/.{0,60}(\bschol(en)?\b|\bschool).{0,40}/gi) ?? []).toEqual([]);
    // The roles of the kinderopvang (its protocol's), not the school's: the contact with the 'ib' category
    // is with the aandachtsfunctionaris or leidinggevende, expertise is shared with pedagogisch medewerkers.
    expect(screen.getAllByText('Aandachtsfunctionaris of leidinggevende').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Expertisedeling met pedagogisch medewerkers').length).toBeGreaterThan(0);
    expect(screen.getByText(/waarvan met pedagogisch medewerkers/)).toBeInTheDocument();
    expect(pageWords().match(/.{0,60}(intern begeleider|leerkracht|\bleerling|\bmentor|zorgco).{0,40}/gi) ?? []).toEqual([]);
  });

  it('kinderopvang in English: locations', async () => {
    writePrefs({ sector: 'kinderopvang', language: 'en' });
    await setAppLanguage('en');
    renderReport();
    await screen.findByRole('heading', { level: 2, name: 'Work per location' });
    expect(screen.getByRole('button', { name: 'Choose all locations' })).toBeInTheDocument();
    expect(pageWords().match(/.{0,60}\bschools?\b.{0,40}/gi) ?? []).toEqual([]);
    expect(screen.getAllByText('Designated safeguarding officer or manager').length).toBeGreaterThan(0);
    expect(pageWords().match(/.{0,60}(pupil support|\bteachers?\b|\bpupils?\b|\bmentor).{0,40}/gi) ?? []).toEqual([]);
  });

  it('po (the default) and sociaal werk keep "school", sociaal werk adds "locatie"', async () => {
    const { unmount } = renderReport();
    await screen.findByRole('heading', { level: 2, name: 'Inzet per school' });
    expect(screen.getByRole('button', { name: 'Alle scholen kiezen' })).toBeInTheDocument();
    expect(screen.getAllByText('Intern begeleider').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Expertisedeling met leerkrachten').length).toBeGreaterThan(0);
    unmount();
    writePrefs({ sector: 'sociaal-werk' });
    renderReport();
    await screen.findByRole('heading', { level: 2, name: 'Inzet per school of locatie' });
    expect(screen.getByRole('group', { name: 'Scholen en locaties: Primair onderwijs' })).toBeInTheDocument();
  });
});

describe('the CSV files in the kinderopvang', () => {
  async function files(sector: Sector | undefined) {
    const store = getStore();
    const data = { settings: await store.getSettings(), known: await store.knownSchools(), totals: await store.readTotals() };
    const t = ((key: string, options?: Record<string, unknown>) => appI18n.t(key, { context: sector, ...options })) as Translate;
    const schools = schoolChoices(data);
    const lookups = reportLookups(data, schools, t);
    const period = { from: '2026-01', to: '2026-12' };
    const built = reportVersion('internal', data, schools, period, lookups, { year: undefined, today: '2026-06', schools });
    const input = { data, periodText: () => '2026', built, ruleText: () => 'regel', lookups };
    const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');
    return { internal: lines(csvFile('internal', input).text), tables: lines(csvFile('external', { ...input }).text) };
  }

  it('the per-month file keeps its column names; the tables say locatie', async () => {
    const ko = await files('kinderopvang');
    const po = await files(undefined);
    const columns = (lines: string[]) => lines.find((l) => l.startsWith('Maand;'));
    expect(columns(ko.internal)).toBe(columns(po.internal));
    expect(columns(ko.internal)).toMatch(/^Maand;School-id;School;Type;/);
    expect(ko.internal).toContain('Locaties;Kinderdagverblijf De Rups');
    expect(ko.internal.some((l) => l.startsWith(`2026-03;de-rups;Kinderdagverblijf De Rups;`))).toBe(true);
    // A counter's own column ('contact|ib') is unchanged; only its words in the label cell follow the sector.
    expect(ko.internal.some((l) => l.includes(';contact;Aandachtsfunctionaris of leidinggevende;'))).toBe(true);
    expect(po.internal.some((l) => l.includes(';contact;Intern begeleider;'))).toBe(true);
    // The report's own tables, written as they stand on the page.
    expect(ko.tables).toContain('Per locatie');
    expect(ko.tables.some((l) => l.startsWith('Locatie;Registraties;'))).toBe(true);
    expect(po.tables.some((l) => l.startsWith('School;Registraties;'))).toBe(true);
  });
});
