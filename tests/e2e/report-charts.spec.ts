import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import i18next from 'i18next';
import { countsFileOf, sampleRegistrations, SCHOOLS } from '../../stories/report-sample';
import { emptyCounters, putCell, totalsOf } from '../../src/storage/counts';
import { countRegistration } from '../../src/storage/registration';
import { reportCsv } from '../../src/report/csv';
import { outsideRelease } from '../../src/report/release';
import type { Translate } from '../../src/report/tables';
import { expect, test } from './fixtures';
import { NL, locale } from './helpers';

/**
 * The report's bar charts (src/report/charts/Bars.tsx, own SVG since issue 16) over the stories'
 * sample year, imported as a colleague's counts file: every chart is a named image whose bars carry
 * the table's numbers, category labels do not run into each other, PO and VO charts start at the
 * same height, hidden figures of the outside version are not drawn and the chart says so, in Dutch
 * and English.
 */

const EN = { report: locale('en', 'report') };
const year = new Date().getFullYear() - 1;
const CHARTED = { contacts: 'contacts', activities: 'activities', referrals: 'partners', themes: 'themes', support: 'support' } as const;

async function openSampleYear(page: Page) {
  await page.goto('/#/verantwoording');
  // Not locator('h1'): while the app starts, the pre-rendered start page's (hidden) h1 is there too.
  await expect(page.getByRole('heading', { level: 1, name: NL.report.title }).first()).toBeVisible();
  await page.getByTestId('import-counts').setInputFiles({
    name: 'collega.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(countsFileOf(sampleRegistrations(String(year))))),
  });
  await page.locator('#report-from-month').selectOption('01');
  await page.locator('#report-from-year').fill(String(year));
  await page.locator('#report-to-month').selectOption('12');
  await page.locator('#report-to-year').fill(String(year));
  await expect(page.locator('[data-chart="activities-po"] svg[role="img"]')).toBeVisible();
  await reportDrawn(page);
}

/**
 * The report draws its sections one task at a time (issue 16) and marks them busy meanwhile: the
 * checks below read every table and chart at once, so they wait until all are drawn.
 */
async function reportDrawn(page: Page) {
  await expect(page.getByTestId('report-building')).toHaveCount(0);
  await expect(page.getByTestId('report-sections')).not.toHaveAttribute('aria-busy', 'true');
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every category label of a chart inside the chart and clear of every other label. */
async function expectLabelsApart(chart: Locator) {
  const svg = (await chart.locator('svg').boundingBox())!;
  const boxes = await chart.locator('.zr-bars__label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.x, 'a label starts inside the chart').toBeGreaterThanOrEqual(svg.x - 0.5);
    expect(box.y + box.height, 'a label ends inside the chart').toBeLessThanOrEqual(svg.y + svg.height + 0.5);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j} overlap`).toBe(false);
}

test.describe('report charts', () => {
  test.setTimeout(120_000);

  test('each chart is a named image with the table’s numbers, labels apart, PO and VO aligned', async ({ page }) => {
    await openSampleYear(page);
    for (const [section, table] of Object.entries(CHARTED)) {
      const title = NL.report[section][section === 'referrals' ? 'partnersChart' : 'chart'] as string;
      for (const group of ['po', 'vo'] as const) {
        const chart = page.locator(`[data-chart="${table}-${group}"]`);
        const svg = chart.locator('svg[role="img"]');
        await expect(svg).toBeVisible();
        await expect(svg.locator('title')).toHaveText(NL.report.chart.label.replace('{{title}}', title).replace('{{group}}', NL.report.groups[group]));
        // The bars say what the table says, row by row (the table's rows without its total).
        const rows = await page.locator(`table[data-table="${table}"] tbody tr:not(.zr-total)`).evaluateAll((trs, g) =>
          trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector(`td[data-group="${g}"][data-measure="count"]`)!.textContent!.replace(/\D/g, '')]),
        group);
        const bars = await chart.locator('[data-bar]').evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-bar'), el.querySelector('.zr-bars__value')!.textContent!.replace(/\D/g, '')]),
        );
        expect(bars, `${table}-${group}`).toEqual(rows);
        await expectLabelsApart(chart);
      }
      // Side by side on a wide screen, the two charts start at the same height.
      const po = (await page.locator(`[data-chart="${table}-po"] svg`).boundingBox())!;
      const vo = (await page.locator(`[data-chart="${table}-vo"] svg`).boundingBox())!;
      expect(vo.x).toBeGreaterThan(po.x);
      expect(Math.abs(po.y - vo.y), `${table}: PO and VO charts aligned`).toBeLessThan(1);
    }
  });

  test('on a phone the labels still do not run into each other, in Dutch and English', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openSampleYear(page);
    for (const table of Object.values(CHARTED)) for (const group of ['po', 'vo']) await expectLabelsApart(page.locator(`[data-chart="${table}-${group}"]`));
    // And in English, whose labels are other words of other lengths.
    await page.getByRole('button', { name: NL.common.language.switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-chart="activities-po"] svg title')).toHaveText(
      EN.report.chart.label.replace('{{title}}', EN.report.activities.chart).replace('{{group}}', EN.report.groups.po),
    );
    for (const table of Object.values(CHARTED)) for (const group of ['po', 'vo']) await expectLabelsApart(page.locator(`[data-chart="${table}-${group}"]`));
  });

  test('the outside version draws no hidden figure and says so, in Dutch and English', async ({ page }) => {
    await openSampleYear(page);
    await page.locator('input[name="report-audience"][value="external"]').check();
    await expect(page.locator('figure.zr-chart [data-testid="chart-note"]').first()).toBeVisible();
    await reportDrawn(page);
    let notes = 0;
    for (const table of Object.values(CHARTED))
      for (const group of ['po', 'vo'] as const) {
        const chart = page.locator(`[data-chart="${table}-${group}"]`);
        const rows = await page.locator(`table[data-table="${table}"] tbody tr:not(.zr-total)`).evaluateAll((trs, g) =>
          trs.map((tr) => {
            const count = tr.querySelector(`td[data-group="${g}"][data-measure="count"]`)!.textContent!;
            return { label: tr.querySelector('th')!.textContent!.trim(), hidden: count.includes('*'), zero: count.trim() === '0' };
          }),
        group);
        const drawn = await chart.locator('[data-bar]').evaluateAll((els) => els.map((el) => el.getAttribute('data-bar')));
        // A hidden figure is never drawn; what is drawn is every published row (no chart when they are all 0).
        const published = rows.filter((r) => !r.hidden);
        expect(drawn, `${table}-${group}`).toEqual(published.every((r) => r.zero) ? [] : published.map((r) => r.label));
        if (!rows.some((r) => r.hidden)) continue;
        notes++;
        await expect(chart.getByTestId('chart-note')).toHaveText(
          drawn.length ? NL.report.chart.someHidden : NL.report.chart.allHidden.replace('{{group}}', NL.report.groups[group]),
        );
      }
    expect(notes).toBeGreaterThan(0);

    await page.getByRole('button', { name: NL.common.language.switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-chart="activities-vo"]').getByTestId('chart-note')).toHaveText(
      EN.report.chart.allHidden.replace('{{group}}', EN.report.groups.vo),
    );
  });
});

test.describe('the outside version made in a Worker', () => {
  test.setTimeout(120_000);

  // Issue 16 moved the outside version's suppression into a Worker. The file the page exports must
  // be exactly what the same pure functions make on one thread, here in Node: same cells hidden,
  // same numbers, same words.
  test('exports the same outside CSV as the suppression made in-process', async ({ page }) => {
    await openSampleYear(page);
    await page.locator('input[name="report-audience"][value="external"]').check();
    await reportDrawn(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-external').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');

    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nl',
      resources: { nl: Object.fromEntries(['report', 'common', 'dimensions', 'fields'].map((ns) => [ns, locale('nl', ns)])) },
      interpolation: { escapeValue: false },
    });
    const t = i18n.t.bind(i18n) as unknown as Translate;
    const set = emptyCounters();
    for (const reg of sampleRegistrations(String(year))) for (const [cell, n] of countRegistration(reg)) putCell(set, 'i-1', cell, n, 'add');
    const names = Object.fromEntries(SCHOOLS.map((s) => [s.id, s.name]));
    const release = outsideRelease(
      totalsOf(set),
      { from: `${year}-01`, to: `${year}-12`, schools: 'all' },
      {
        schoolTypes: Object.fromEntries(SCHOOLS.map((s) => [s.id, s.type!])),
        schoolNames: names,
        threshold: 10,
        today: `${year + 1}-01`,
        lookups: { t, partnerName: (id) => t(`common:partners.${id}`, { defaultValue: id }), schoolName: (id) => names[id] ?? id },
      },
    );
    if (!release.ok) throw new Error(release.reason);
    const body = reportCsv(release.sections, { header: [] }, t).slice(1); // without the byte order mark
    expect(body).toContain('*'); // the sample year hides small numbers: a real comparison
    expect(exported.endsWith(body)).toBe(true);
  });
});
