import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { NL, addSchool, answer, locale } from './helpers';

/**
 * Counting and the verantwoording end to end in Chromium, on the built app with real IndexedDB:
 * settings (a school), a guided concern counted on its outcome page, a quick registration, a
 * reload, the report's numbers, JSON and CSV export, importing counts files (one twice), a corrupt
 * file refused with nothing changed, and axe on the report and settings pages in Dutch and English.
 */

const EN = { common: locale('en', 'common'), report: locale('en', 'report'), settings: locale('en', 'settings') };

const month = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
})();

/** The count in a report table cell (internal version: exact numbers). */
const cell = (page: Page, table: string, row: string, group: 'po' | 'vo' | 'all', measure = 'count') =>
  page.locator(`table[data-table="${table}"] tr[data-row="${row}"] td[data-group="${group}"][data-measure="${measure}"]`);

/** A counts file of another installation (what a colleague's "export counts" makes). */
function countsFile(installation: string, counts: Record<string, number>, school = 'de-linde', inMonth = month) {
  const columns = Object.keys(counts).sort();
  return {
    format: 'zorgroute-counts',
    version: 1,
    contentVersion: '2026.11.1',
    exportedAt: month,
    schools: [{ id: school, name: 'De Linde', type: 'po' }],
    columns,
    installations: { [installation]: { [`${inMonth}|${school}`]: columns.map((c) => counts[c]) } },
  };
}
const asFile = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByTestId('import-counts').setInputFiles(files);
}

test.describe('record and report', () => {
  // axe takes 10–20 s a page on this machine, more when other suites run beside it.
  test.setTimeout(360_000);

  test('a guided concern and a quick registration are counted, survive a reload, and export as JSON and CSV', async ({ page }) => {
    await addSchool(page, 'De Linde', 'po');
    await page.getByLabel(NL.settings.organisation.label).fill('Welstad');
    await page.getByRole('button', { name: NL.settings.organisation.save }).click();
    await expect(page.getByText(NL.settings.saved).first()).toBeVisible();

    // A guided concern: support route to an internal referral (gezinscoaching).
    await page.goto('/#/');
    await page.locator('input[name="role"][value="sociaal-werker"]').check();
    await page.locator('input[name="sector"][value="po"]').check();
    await page.getByRole('button', { name: NL.guide.start.begin, exact: true }).click();
    await expect(page).toHaveURL(/#\/gids$/);
    await answer(page, 'triage.acuut', 'nee');
    await answer(page, 'triage.medewerker', 'nee');
    await answer(page, 'triage.signalen', 'nee');
    await answer(page, 'steun.advies', 'nee');
    await answer(page, 'steun.begeleiding', 'nee');
    await answer(page, 'steun.intern', 'ja');
    await answer(page, 'steun.partner', 'gezinscoaching');
    await answer(page, 'steun.toestemming', 'ja');
    await expect(page.locator('h1')).toHaveText(NL.guide.review.title);
    await page.getByRole('button', { name: NL.guide.review.confirm }).click();
    await expect(page.locator('h1')).toHaveText(NL.guide.outcomes.intern.title);

    // The record panel: route and partner come from the concern, the one school is chosen already.
    const panel = page.getByTestId('record-panel');
    await expect(panel).toContainText(NL.dimensions.route.intern);
    await expect(panel).toContainText(NL.common.partners.gezinscoaching);
    await expect(panel.locator('input[name="rp-school"][value="de-linde"]')).toBeChecked();
    await panel.locator('input[name="rp-contacts"][value="ouder"]').check();
    await panel.locator('input[name="rp-via"][value="leerkracht"]').check();
    await panel.locator('input[name="rp-activities"][value="gesprek"]').check();
    await panel.locator('input[name="rp-themes"][value="opvoedvragen"]').check();
    await expectNoAxeViolations(page, 'outcome page with record panel');
    await panel.getByRole('button', { name: NL.record.submit, exact: true }).click();
    const counted = panel.getByRole('button', { name: NL.record.counted, exact: true });
    await expect(counted).toBeDisabled();
    await expect(panel.getByRole('status')).toContainText(NL.record.counted);

    // A quick registration: a classroom observation, raised by a teacher, advice sufficed.
    await page.goto('/#/registreren');
    await expect(page.locator('h1')).toHaveText(NL.record.quick.title);
    await expect(page.locator('input[name="qr-school"][value="de-linde"]')).toBeChecked();
    await page.locator('input[name="qr-activities"][value="observatie"]').check();
    await page.locator('input[name="qr-contacts"][value="leerkracht"]').check();
    await page.locator('input[name="qr-via"][value="leerkracht"]').check();
    await page.locator('input[name="qr-themes"][value="gedrag-emotieregulatie"]').check();
    await page.locator('input[name="qr-route"][value="advies"]').check();
    await page.getByRole('button', { name: NL.record.submit, exact: true }).click();
    await expect(page.getByRole('button', { name: NL.record.counted, exact: true })).toBeDisabled();
    await expectNoAxeViolations(page, 'quick registration counted');

    // Reload: the report reads both from IndexedDB.
    await page.goto('/#/verantwoording');
    await page.reload();
    await expect(page.locator('h1')).toHaveText(NL.report.title);
    await expect(page.getByTestId('report-meta')).toContainText('Welstad');
    await expect(page.getByTestId('report-content-version')).toHaveText(/^\d{4}\.\d{2}\.\d+$/);
    await expect(cell(page, 'contacts', 'ouder', 'po')).toHaveText('1');
    await expect(cell(page, 'contacts', 'leerkracht', 'po')).toHaveText('1');
    await expect(cell(page, 'contacts', 'conversations', 'po')).toHaveText('2');
    await expect(cell(page, 'contacts', 'ouder', 'po', 'pct')).toHaveText('50%');
    await expect(cell(page, 'contacts', 'conversations', 'vo')).toHaveText('0');
    await expect(cell(page, 'activities', 'gesprek', 'po')).toHaveText('1');
    await expect(cell(page, 'activities', 'observatie', 'all')).toHaveText('1');
    await expect(cell(page, 'referrals', 'routed', 'po')).toHaveText('2');
    await expect(cell(page, 'referrals', 'internal', 'po')).toHaveText('1');
    await expect(cell(page, 'referrals', 'advice', 'po', 'pct')).toHaveText('50%');
    await expect(cell(page, 'partners', 'internal.gezinscoaching', 'po')).toHaveText('1');
    await expect(cell(page, 'themes', 'opvoedvragen', 'po')).toHaveText('1');
    await expect(cell(page, 'themes', 'gedrag-emotieregulatie', 'po', 'rank')).toHaveText('1');
    await expect(page.locator('table[data-table="schools"] tr[data-row="de-linde"] td[data-column="registrations"]')).toHaveText('2');
    // A chart beside the tables, drawn as a named SVG image.
    await expect(page.locator('[data-chart="contacts-po"] svg[role="img"]')).toBeVisible();

    // The outside version covers only a whole calendar year that has ended: this year's counts are not in it.
    await page.locator('input[name="report-audience"][value="external"]').check();
    await expect(page.getByTestId('report-release')).toContainText(NL.report.release.explain);
    await expect(page.getByTestId('report-no-release')).toContainText(NL.report.release.none);
    await expect(page.locator('#report-from')).toHaveCount(0);
    await expect(page.locator('input[name="report-schools-po"]')).toHaveCount(0);
    await page.locator('input[name="report-audience"][value="internal"]').check();

    // Export the counts file (JSON).
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(jsonDownload.suggestedFilename()).toBe(`zorgroute-tellingen-${month}.json`);
    const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
    expect(exported.format).toBe('zorgroute-counts');
    expect(exported.version).toBe(1);
    expect(exported.schools).toEqual([{ id: 'de-linde', name: 'De Linde', type: 'po' }]);
    const [installation] = Object.keys(exported.installations);
    const row = exported.installations[installation!][`${month}|de-linde`];
    expect(row[exported.columns.indexOf('registratie|n')]).toBe(2);
    expect(row[exported.columns.indexOf('verwijzing|internal.gezinscoaching')]).toBe(1);

    // Export CSV for Excel: byte order mark, semicolons, CRLF.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-internal').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^zorgroute-verantwoording-\d{4}-01-\d{4}-12-intern\.csv$/);
    const csv = readFileSync((await csvDownload.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    expect(text).toContain(`${NL.report.csv.title};Welstad`);
    expect(text).toContain(`${month};de-linde;De Linde;po;contact;${NL.dimensions.contact.ouder};1\r\n`);
    expect(text).toContain(`${month};de-linde;De Linde;po;verwijzing;${NL.common.partners.gezinscoaching} (Intern);1\r\n`);

    // Last year's counts from a colleague: the outside version of last year hides the small numbers and says so.
    const lastYear = String(Number(month.slice(0, 4)) - 1);
    await importFiles(page, [
      asFile('vorig-jaar.json', countsFile('colleague-last-year', { 'registratie|n': 12, 'contact|ouder': 1, 'contact|leerkracht': 11 }, 'de-linde', `${lastYear}-05`)),
    ]);
    await expect(page.getByTestId('import-status')).toBeVisible();
    await page.locator('input[name="report-audience"][value="external"]').check();
    await expect(page.locator(`input[name="report-year"][value="${lastYear}"]`)).toBeChecked();
    await expect(page.getByTestId('report-period')).toContainText(lastYear);
    await expect(page.getByTestId('report-rule')).toContainText('1 tot en met 9');
    await expect(cell(page, 'contacts', 'ouder', 'po')).toContainText('*');
    await expect(cell(page, 'contacts', 'conversations', 'vo')).toHaveText('0');
    await expect(page.locator('table[data-table="schools"] tr[data-row="de-linde"] td[data-column="registrations"]')).toHaveText('12');
    await page.locator('input[name="report-audience"][value="internal"]').check();

    const [externalDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-external').click()]);
    expect(externalDownload.suggestedFilename()).toBe(`zorgroute-verantwoording-${lastYear}-01-${lastYear}-12-extern.csv`);
    const external = readFileSync((await externalDownload.path())!).toString('utf8');
    expect(external.charCodeAt(0)).toBe(0xfeff);
    expect(external).toContain(`${NL.report.csv.title};Welstad`);
    expect(external).toContain(`${NL.dimensions.contact.ouder};*;`);
    expect(external).not.toContain(`${NL.dimensions.contact.ouder};1;`);
  });

  test('importing two counts files, one of them twice, adds each once; a corrupt file changes nothing', async ({ page }) => {
    await addSchool(page, 'De Linde', 'po');
    await page.goto('/#/registreren');
    await page.locator('input[name="qr-activities"][value="gesprek"]').check();
    await page.locator('input[name="qr-contacts"][value="ouder"]').check();
    await page.getByRole('button', { name: NL.record.submit, exact: true }).click();
    await expect(page.getByRole('button', { name: NL.record.counted, exact: true })).toBeDisabled();

    await page.goto('/#/verantwoording');
    await expect(cell(page, 'contacts', 'ouder', 'po')).toHaveText('1');

    const a = countsFile('colleague-a-0001', { 'registratie|n': 5, 'contact|ouder': 5, 'activiteit|mdo': 3 });
    const b = countsFile('colleague-b-0002', { 'registratie|n': 7, 'contact|ouder': 7, 'activiteit|kindgesprek': 2 });
    await importFiles(page, [asFile('a.json', a), asFile('b.json', b)]);
    await expect(page.getByTestId('import-status')).toContainText('2 bestanden geïmporteerd');
    await expect(cell(page, 'contacts', 'ouder', 'po')).toHaveText('13');
    await expect(cell(page, 'activities', 'mdo', 'po')).toHaveText('3');
    await expect(cell(page, 'activities', 'kindgesprek', 'po')).toHaveText('2');

    // The same file again: nothing counts twice.
    await importFiles(page, [asFile('a.json', a)]);
    await expect(page.getByTestId('import-status')).toContainText(NL.report.exchange.nothingNew);
    await expect(cell(page, 'contacts', 'ouder', 'po')).toHaveText('13');
    await expect(cell(page, 'activities', 'mdo', 'po')).toHaveText('3');

    // A corrupt file, alone and beside a valid new one: refused with a message, nothing changes.
    const c = countsFile('colleague-c-0003', { 'registratie|n': 4, 'contact|ouder': 4 });
    const corrupt = { ...b, installations: { 'colleague-b-0002': { [`${month}|de-linde`]: [1, 'x', 3] } } };
    await importFiles(page, [asFile('c.json', c), asFile('kapot.json', corrupt)]);
    const error = page.getByTestId('import-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText(NL.report.exchange.refused);
    await expect(error).toContainText('kapot.json');
    await expect(cell(page, 'contacts', 'ouder', 'po')).toHaveText('13');
    await importFiles(page, [{ name: 'niet-json.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "zorgroute-counts",') }]);
    await expect(error).toContainText('niet-json.json is geen JSON-bestand');
    await page.reload();
    await expect(cell(page, 'contacts', 'ouder', 'po')).toHaveText('13');
    await expect(cell(page, 'contacts', 'conversations', 'all')).toHaveText('13');
  });

  test('a sociale kaart import is validated: an invalid file is refused and the kaart stays', async ({ page }) => {
    await page.goto('/#/instellingen');
    const kaart = page.getByTestId('settings-kaart');
    await expect(kaart).toContainText(NL.settings.kaart.default);
    await page.getByTestId('settings-kaart-file').setInputFiles({
      name: 'kaart.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, name: 'Kapot', lastConfirmed: '2026-01-01', organizations: [], services: [{ id: 'X' }], contacts: [] })),
    });
    await expect(page.getByTestId('settings-kaart-error')).toContainText('kaart.json');
    await expect(page.getByTestId('settings-kaart-error')).toContainText('services[0]');
    await expect(kaart).toContainText(NL.settings.kaart.default);

    // Export the kaart, rename it, import it again: it is the organisation's kaart now.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: NL.settings.kaart.export }).click()]);
    const own = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    own.name = 'Sociale kaart Welstad';
    await page.getByTestId('settings-kaart-file').setInputFiles({ name: 'welstad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
    await expect(kaart).toContainText('Sociale kaart Welstad');
    await page.reload();
    await expect(page.getByTestId('settings-kaart')).toContainText('Sociale kaart Welstad');
  });

  for (const lng of ['nl', 'en'] as const) {
    test(`axe finds no violations on the report and settings pages (${lng})`, async ({ page }) => {
      await addSchool(page, 'De Linde', 'po');
      await addSchool(page, 'Ubbo Emmius', 'vo');
      await page.goto('/#/registreren');
      await page.locator('input[name="qr-school"][value="de-linde"]').check();
      await page.locator('input[name="qr-activities"][value="mdo"]').check();
      await page.locator('input[name="qr-contacts"][value="professional"]').check();
      await page.locator('input[name="qr-themes"][value="verzuim"]').check();
      await page.getByRole('button', { name: NL.record.submit, exact: true }).click();
      await expect(page.getByRole('button', { name: NL.record.counted, exact: true })).toBeDisabled();

      await page.goto('/#/verantwoording');
      await expect(page.locator('h1')).toHaveText(NL.report.title);
      if (lng === 'en') {
        await page.getByRole('button', { name: NL.common.language.switchTo }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      const text = lng === 'en' ? EN : NL;
      await expect(page.locator('h1')).toHaveText(text.report.title);
      await expect(page.locator('[data-chart="activities-po"] svg[role="img"]')).toBeVisible();
      await expectNoAxeViolations(page, `report (${lng})`);
      // The outside version, with a refused import's message.
      await page.locator('input[name="report-audience"][value="external"]').check();
      await importFiles(page, [{ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') }]);
      await expect(page.getByTestId('import-error')).toBeVisible();
      await expectNoAxeViolations(page, `report, outside version, import error (${lng})`);

      await page.goto('/#/instellingen');
      await expect(page.locator('h1')).toHaveText(text.settings.title);
      await expect(page.getByTestId('settings-schools')).toContainText('Ubbo Emmius');
      // With the removal confirmation open and a form error shown.
      await page.getByRole('button', { name: `${text.settings.schools.remove} Ubbo Emmius` }).click();
      await page.getByRole('button', { name: text.settings.schools.addButton, exact: true }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await expectNoAxeViolations(page, `settings with confirmation and error (${lng})`);
    });
  }
});
