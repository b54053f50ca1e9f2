import type { Locator, Page } from '@playwright/test';
import { countsFileOf, sampleRegistrations } from '../../stories/report-sample';
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
  await expect(page.locator('h1')).toHaveText(NL.report.title);
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
