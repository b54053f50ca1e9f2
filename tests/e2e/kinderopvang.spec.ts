import { expect, test } from './fixtures';
import { NL } from './helpers';

/**
 * Kinderopvang is not a school (issue 14 §6): with kinderopvang chosen on the start page, the start page
 * offers the kinderopvang's roles, the settings add a "locatie" and the verantwoording speaks of locaties
 * in its controls and its per-location table, and of the aandachtsfunctionaris, not the intern begeleider. KINDER_SHOTS=dir also saves the report at 1280 and 360 px (to look at, not compared).
 */
const month = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
})();
const RUPS = { id: 'kinderdagverblijf-de-rups', name: 'Kinderdagverblijf De Rups', type: 'po' };
const counts: Record<string, number> = {
  'registratie|n': 40,
  'contact|ouder': 22,
  'contact|professional': 9,
  'contact|ib': 9,
  'activiteit|gesprek': 31,
  'activiteit|observatie': 12,
  'activiteit|overleg': 6,
  'thema|opvoedvragen': 14,
  'thema|gedrag-emotieregulatie': 11,
  'thema|thuissituatie': 6,
  'route|advies': 18,
  'route|begeleiding': 15,
};
const columns = Object.keys(counts).sort();
const countsFile = {
  format: 'zorgroute-counts',
  version: 1,
  contentVersion: '2026.12.2',
  exportedAt: month,
  schools: [RUPS],
  columns,
  installations: { 'kinderopvang-0001': { [`${month}|${RUPS.id}`]: columns.map((c) => counts[c]) } },
};

test('kinderopvang: the settings add a locatie and the report counts per locatie', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/');
  await page.locator('input[name="sector"][value="kinderopvang"]').check();
  // The roles of the kinderopvang's own protocol, not the school's.
  const roles = page.getByRole('group', { name: NL.guide.start.role });
  await expect(roles.getByRole('radio', { name: NL.common.userRoles.aandachtsfunctionaris, exact: true })).toBeVisible();
  await expect(roles.getByRole('radio', { name: NL.common.userRoles.leidinggevende, exact: true })).toBeVisible();
  await expect(roles.getByRole('radio', { name: NL.common.userRoles.ib, exact: true })).toHaveCount(0);

  await page.goto('/#/instellingen');
  await expect(page.getByRole('heading', { level: 2, name: NL.settings.schools.title_kinderopvang })).toBeVisible();
  await page.getByLabel(NL.settings.schools.name_kinderopvang, { exact: true }).fill(RUPS.name);
  await page.locator('input[name="settings-school-type"][value="po"]').check();
  await page.getByRole('button', { name: NL.settings.schools.addButton_kinderopvang, exact: true }).click();
  await expect(page.getByTestId('settings-schools')).toContainText(RUPS.name);

  await page.goto('/#/verantwoording');
  await page.getByTestId('import-counts').setInputFiles([{ name: 'de-rups.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(countsFile)) }]);
  await expect(page.getByRole('heading', { level: 2, name: NL.report.schools.title_kinderopvang })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('group', { name: `${NL.report.controls.schools_kinderopvang}: ${NL.report.groups.po}` })).toBeVisible();
  const table = page.locator('table[data-table="schools"]');
  await expect(table.getByRole('columnheader', { name: NL.dimensions.title.school_kinderopvang, exact: true })).toBeVisible();
  // The page's words, but for the quoted CSV column name (‘School-id’) that stays the same in every sector.
  const words = (await page.getByTestId('report-page').innerText()).replace(/‘[^’]*’/g, '');
  expect(words.match(/.{0,40}\bschol(en)?\b.{0,40}|.{0,40}\bschool.{0,40}/gi) ?? []).toEqual([]);
  // The imported contacts with the 'ib' category are with the aandachtsfunctionaris or leidinggevende.
  expect(words).toContain(NL.dimensions.contact.ib_kinderopvang);
  expect(words.match(/.{0,40}(intern begeleider|leerkracht|\bleerling).{0,40}/gi) ?? []).toEqual([]);

  const dir = process.env.KINDER_SHOTS;
  if (dir) {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${dir}/report-kinderopvang-${width}.png`, fullPage: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${dir}/report-kinderopvang-${width}-top.png` });
      const section = page.getByRole('heading', { level: 2, name: NL.report.schools.title_kinderopvang }).locator('xpath=..');
      await section.screenshot({ path: `${dir}/report-kinderopvang-${width}-locaties.png` });
    }
  }
});
