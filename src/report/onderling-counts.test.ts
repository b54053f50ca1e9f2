/**
 * Behaviour between children (issue 14 §5) is counted like every other route: a registration with
 * route `kinderen-onderling` adds `route|kinderen-onderling`; the report's routes table shows it among
 * the routed registrations (it is no referral); both CSV files carry it; small numbers are hidden in the
 * outside version; a counts file made before the route existed still imports, and one made with it
 * round-trips.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ROUTES } from '../../machines/ids';
import { COUNTED_ROUTES, ONDERLING_ROUTE } from '../../machines/onderling.ids';
import { allColumns, isColumn, parseColumn } from '../storage/cells';
import { emptyCounters, putCell, totalsOf } from '../storage/counts';
import { parseCountsFile, toCountsFile } from '../storage/counts-file';
import { COLUMN_PATTERN } from '../storage/counts.schema';
import type { ZorgrouteDB } from '../storage/db';
import { countRegistration, registrationColumns, validateRegistration, type Registration } from '../storage/registration';
import { storeForTest } from '../storage/store';
import { internalCsv, reportCsv } from './csv';
import { computeReport } from './model/report';
import { protectSections } from './protect';
import { reportSections, type GroupTable } from './tables';

const reg = (school: string, route: Registration['route'], extra: Partial<Registration> = {}): Registration => ({
  month: '2026-03',
  school,
  contacts: ['leerling'],
  activities: ['kindgesprek'],
  themes: ['veiligheid'],
  flags: [],
  ...(route ? { route } : {}),
  ...extra,
});

function totalsFrom(work: [Registration, number][]) {
  const set = emptyCounters();
  for (const [r, times] of work) for (let i = 0; i < times; i++) for (const [cell, x] of countRegistration(r)) putCell(set, 'a1b2c3d4-0000-4000-8000-000000000001', cell, x, 'add');
  return set;
}
const schoolTypes = { 'de-linde': 'po', 'het-baken': 'vo' } as const;
const t = (key: string) => key;

const dbs: ZorgrouteDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('counting the route kinderen-onderling', () => {
  it('is a counted route but not a route of the concern machine', () => {
    expect(COUNTED_ROUTES).toContain(ONDERLING_ROUTE);
    expect(ROUTES as readonly string[]).not.toContain(ONDERLING_ROUTE);
    expect(isColumn('route|kinderen-onderling')).toBe(true);
    expect(COLUMN_PATTERN.test('route|kinderen-onderling')).toBe(true);
    expect(allColumns()).toContain('route|kinderen-onderling');
    expect(parseColumn('route|kinderen-onderling')).toEqual({ dimension: 'route', value: 'kinderen-onderling' });
  });

  it('a registration with the route counts it once, with no partner', () => {
    expect(registrationColumns(reg('de-linde', ONDERLING_ROUTE))).toContain('route|kinderen-onderling');
    expect(validateRegistration(reg('de-linde', ONDERLING_ROUTE, { partner: 'cjg' }))).toEqual([
      'a partner is only counted with route "intern" or "extern"',
    ]);
  });

  it('the report counts it among routed registrations, never as a referral', () => {
    const set = totalsFrom([
      [reg('de-linde', ONDERLING_ROUTE), 7],
      [reg('de-linde', 'advies'), 3],
      [reg('het-baken', ONDERLING_ROUTE), 2],
      [reg('het-baken', 'extern', { partner: 'cjg' }), 6],
    ]);
    const report = computeReport(totalsOf(set), { from: '2026-01', to: '2026-12', schoolTypes });
    expect(report.groups.po.routes[ONDERLING_ROUTE]).toMatchObject({ count: 7 });
    expect(report.groups.po.routed).toBe(10);
    expect(report.groups.po.referrals.total).toBe(0);
    expect(report.groups.all.routes[ONDERLING_ROUTE]).toMatchObject({ count: 9 });
    expect(report.groups.all.routed).toBe(18);
    expect(report.groups.all.referrals.total).toBe(6);
    // "no referral" is over routed registrations: 12 of 18.
    expect(report.groups.all.referrals.noReferralPct).toBeCloseTo((12 / 18) * 100);

    const sections = reportSections(report, { t, partnerName: (id) => id, schoolName: (id) => id });
    const routes = sections.flatMap((s) => s.tables).find((x): x is GroupTable => x.id === 'routes')!;
    const row = routes.rows.find((r) => r.key === ONDERLING_ROUTE)!;
    expect([row.cells.po.count, row.cells.vo.count, row.cells.all.count]).toEqual([7, 2, 9]);
    expect(row.label).toBe('dimensions:route.kinderen-onderling');

    // Outside the organisation: VO's 2 is hidden, and PO's 7 with it (9 − 7 would give it away).
    const outside = protectSections(sections, 5);
    const hidden = outside.flatMap((s) => s.tables).find((x): x is GroupTable => x.id === 'routes')!.rows.find((r) => r.key === ONDERLING_ROUTE)!;
    expect(hidden.cells.vo.hidden).toBe(true);
    expect(hidden.cells.all.hidden).not.toBe(true);
    const csv = reportCsv(outside, { header: [] }, t);
    expect(csv).toContain('dimensions:route.kinderen-onderling;');
    const line = csv.split('\r\n').find((l) => l.startsWith('dimensions:route.kinderen-onderling;'))!;
    expect(line.split(';')).toContain('*');
    expect(line).not.toMatch(/;2;/);

    // Inside: the exact counter per month and school.
    const inside = internalCsv(totalsOf(set), { header: [] }, {
      from: '2026-01',
      to: '2026-12',
      schools: ['de-linde', 'het-baken'],
      schoolTypes,
      schoolNames: {},
      label: (col) => col,
    }, t);
    expect(inside).toContain('2026-03;het-baken;;vo;route;route|kinderen-onderling;2');
  });

  it('a counts file from before the route imports; one made with it round-trips and adds up', async () => {
    const old = readFileSync(new URL('../../tests/fixtures/counts/counts-v1-after-meldcode-v2.json', import.meta.url), 'utf8');
    const s = storeForTest(`zorgroute-onderling-${Date.now()}`);
    dbs.push(s.db);
    expect(await s.store.importCountsFiles([old])).toMatchObject({ ok: true });
    const made = toCountsFile(totalsFrom([[reg('de-linde', ONDERLING_ROUTE), 4]]), { contentVersion: 'x', exportedAt: '2026-05', schools: [] });
    expect(made.columns).toContain('route|kinderen-onderling');
    const text = JSON.stringify(made);
    const parsed = parseCountsFile(text);
    expect(parsed.ok).toBe(true);
    expect(await s.store.importCountsFiles([text])).toMatchObject({ ok: true });
    const report = computeReport(await s.store.readTotals(), { from: '2026-01', to: '2026-12', schoolTypes });
    expect(report.groups.po.routes[ONDERLING_ROUTE]).toMatchObject({ count: 4 });
    // The older file's figures stand beside it: 40 routed at De Linde, plus these 4.
    expect(report.groups.po.routed).toBe(44);
  });
});
