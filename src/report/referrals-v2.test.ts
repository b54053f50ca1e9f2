/**
 * MELDCODE.md §6, version 2: referrals in the verantwoording include meldingen to Veilig Thuis
 * (referrals = intern + extern + veilig-thuis; external = extern + veilig-thuis; Veilig Thuis in the
 * partner list with its meldingen; "no referral" over routed registrations without any of the three).
 *
 * Two counts files of our own (tests/fixtures/counts), both format version 1 (the format did not
 * change: every file has always held the route cells the new figures are read from):
 * - counts-v1-before-meldcode-v2.json: one installation before version 2, when Veilig Thuis could
 *   still be chosen as the partner of route extern. De Linde (PO), March 2025: 20 advies, 6 intern
 *   (gezinscoaching), 3 extern (cjg), 2 extern with partner veilig-thuis, 4 meldingen (route
 *   veilig-thuis), 5 begeleiding. Het Baken (VO), April 2025: 10 advies, 1 melding, 2 extern (huisarts).
 * - counts-v1-after-meldcode-v2.json: the same work recorded by this version, where those two are
 *   meldingen (6 at De Linde), from two installations; the test checks it is what counting makes now.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyCounters, putCell } from '../storage/counts';
import { parseCountsFile, toCountsFile } from '../storage/counts-file';
import type { ZorgrouteDB } from '../storage/db';
import { countRegistration, type Registration } from '../storage/registration';
import { storeForTest } from '../storage/store';
import { computeReport, roundPct, type Figures } from './model/report';
import { protectSections } from './protect';
import { reportSections, type GroupTable } from './tables';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/counts/${name}`, import.meta.url), 'utf8');
const OLD = fixture('counts-v1-before-meldcode-v2.json');
const NEW = fixture('counts-v1-after-meldcode-v2.json');
const schoolTypes = { 'de-linde': 'po', 'het-baken': 'vo' } as const;

let n = 0;
const dbs: ZorgrouteDB[] = [];
function fresh() {
  const s = storeForTest(`zorgroute-referrals-v2-${Date.now()}-${n++}`);
  dbs.push(s.db);
  return s.store;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function imported(texts: string[], times = 1) {
  const store = fresh();
  const results = [];
  for (let i = 0; i < times; i++) results.push(await store.importCountsFiles(texts));
  const totals = await store.readTotals();
  return { results, report: computeReport(totals, { from: '2025-01', to: '2026-12', schoolTypes }) };
}

/** Everything the figures say about referrals, in one comparable object. */
const referralFigures = (f: Figures) => ({
  routed: f.routed,
  referrals: f.referrals.total,
  internal: f.referrals.internal.count,
  external: f.referrals.external.count,
  meldingen: f.referrals.meldingen.count,
  noReferralPct: f.referrals.noReferralPct,
  partners: f.referrals.partners.map((p) => [p.partner, p.kind, p.melding ?? false, p.count]),
});

describe('referrals include meldingen to Veilig Thuis (MELDCODE.md §6, version 2)', () => {
  it('a counts file made before version 2 gives the corrected figures', async () => {
    const { results, report } = await imported([OLD]);
    expect(results[0]!.ok).toBe(true);
    const po = report.groups.po;
    // 6 intern + (3 + 2) extern + 4 meldingen = 15 referrals of 40 routed; external 9 = 60%.
    expect(referralFigures(po)).toEqual({
      routed: 40,
      referrals: 15,
      internal: 6,
      external: 9,
      meldingen: 4,
      noReferralPct: (25 / 40) * 100,
      partners: [
        ['gezinscoaching', 'internal', false, 6],
        ['veilig-thuis', 'external', true, 4],
        ['cjg', 'external', false, 3],
        // before version 2, chosen as a partner of route extern: kept apart, as it was counted
        ['veilig-thuis', 'external', false, 2],
      ],
    });
    expect(roundPct(po.referrals.external.pct)).toBe(60);
    expect(roundPct(po.referrals.noReferralPct)).toBe(63);
    expect(report.groups.vo.referrals).toMatchObject({ total: 3, external: { count: 3 }, meldingen: { count: 1 } });
    expect(report.groups.all.referrals.total).toBe(18);
    // Care via referral (support types) is the same referrals figure.
    expect(po.support.find((s) => s.id === 'verwijzing')!.count).toBe(15);
  });

  it('a counts file made by this version gives the same figures, Veilig Thuis with all its meldingen', async () => {
    const { report } = await imported([NEW]);
    expect(referralFigures(report.groups.po)).toEqual({
      routed: 40,
      referrals: 15,
      internal: 6,
      external: 9,
      meldingen: 6,
      noReferralPct: (25 / 40) * 100,
      partners: [
        ['gezinscoaching', 'internal', false, 6],
        ['veilig-thuis', 'external', true, 6],
        ['cjg', 'external', false, 3],
      ],
    });
    expect(report.groups.vo.referrals).toMatchObject({ total: 3, external: { count: 3 }, meldingen: { count: 1 } });
  });

  it('the new fixture is what this version counts for that work', () => {
    const r = (school: string, month: string, route: Registration['route'], partner?: string): Registration => ({
      month,
      school,
      contacts: [],
      activities: [],
      themes: [],
      flags: route === 'veilig-thuis' ? ['vt-advies'] : [],
      ...(route ? { route } : {}),
      ...(partner ? { partner } : {}),
    });
    const work: [number, Registration, number][] = [
      [0, r('de-linde', '2026-03', 'advies'), 20],
      [0, r('de-linde', '2026-03', 'intern', 'gezinscoaching'), 6],
      [0, r('de-linde', '2026-03', 'extern', 'cjg'), 3],
      [0, r('de-linde', '2026-03', 'veilig-thuis'), 6],
      [0, r('de-linde', '2026-03', 'begeleiding'), 5],
      [1, r('het-baken', '2026-04', 'advies'), 10],
      [1, r('het-baken', '2026-04', 'veilig-thuis'), 1],
      [1, r('het-baken', '2026-04', 'extern', 'huisarts'), 2],
    ];
    const ids = ['b2c3d4e5-0000-4000-8000-000000000002', 'b2c3d4e5-0000-4000-8000-000000000003'];
    const set = emptyCounters();
    for (const [k, reg, times] of work) for (let i = 0; i < times; i++) for (const [cell, x] of countRegistration(reg)) putCell(set, ids[k]!, cell, x, 'add');
    const made = toCountsFile(set, { contentVersion: 'x', exportedAt: '2026-05', schools: [] });
    const parsed = parseCountsFile(NEW);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect({ columns: made.columns, installations: made.installations }).toEqual({ columns: parsed.file.columns, installations: parsed.file.installations });
  });

  it('importing the same files twice changes nothing', async () => {
    const once = await imported([OLD, NEW]);
    const twice = await imported([OLD, NEW], 2);
    expect(twice.results[1]).toMatchObject({ ok: true, changedCells: 0 });
    const again = await imported([OLD, OLD, NEW, NEW]);
    for (const g of ['po', 'vo', 'all'] as const) {
      expect(referralFigures(twice.report.groups[g])).toEqual(referralFigures(once.report.groups[g]));
      expect(referralFigures(again.report.groups[g])).toEqual(referralFigures(once.report.groups[g]));
    }
    // Both years together: 30 + 6 referrals, of which 10 + 2 meldingen.
    expect(once.report.groups.all.referrals).toMatchObject({ total: 36, meldingen: { count: 12 } });
  });

  it('the outside version hides the meldingen alike in the routes and the partners tables, and the sums hold', async () => {
    const { report } = await imported([OLD, NEW]);
    const t = (key: string) => key;
    const sections = protectSections(reportSections(report, { t, partnerName: (id) => id, schoolName: (id) => id }), 5);
    const table = (id: string) => sections.flatMap((s) => s.tables).find((x): x is GroupTable => x.id === id)!;
    const routeRow = table('routes').rows.find((r) => r.key === 'veilig-thuis')!;
    const partnerRow = table('partners').rows.find((r) => r.key === 'melding.veilig-thuis')!;
    const meldingRow = table('referrals').rows.find((r) => r.key === 'meldingen')!;
    for (const g of ['po', 'vo', 'all'] as const) {
      expect(partnerRow.cells[g].hidden).toBe(routeRow.cells[g].hidden);
      expect(meldingRow.cells[g].hidden).toBe(routeRow.cells[g].hidden);
    }
    // VO holds 1 + 1 meldingen: below 5, hidden everywhere they appear.
    expect(routeRow.cells.vo).toMatchObject({ count: 2, hidden: true });
    const external = table('referrals').rows.find((r) => r.key === 'external')!;
    // Veilig Thuis asked for advice (vt-advies) is shown too: 4 + 6 at De Linde, 1 + 1 at Het Baken. VO's 2
    // is too small, and PO's 10 would give it away (12 − 10), so only the total is published.
    const vtAdvice = table('flags').rows.find((r) => r.key === 'vt-advies')!.cells;
    expect([vtAdvice.po.hidden, vtAdvice.vo.hidden, vtAdvice.all]).toEqual([true, true, { count: 12, hidden: false }]);
    const externalPartners = table('partners').rows.filter((r) => r.key.startsWith('external.') || r.key.startsWith('melding.'));
    expect(externalPartners.reduce((sum, r) => sum + r.cells.all.count, 0)).toBe(external.cells.all.count);
  });
});
