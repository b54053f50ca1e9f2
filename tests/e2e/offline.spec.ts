import { expect, test } from './fixtures';
import { MELDCODE } from '../../machines/walks';
import { NL, addSchool, answer, untilControlled } from './helpers';

/**
 * Offline (issue 7): after one visit the service worker has precached the whole app, so with the
 * network cut (context.setOffline) a reload still starts the app, the guide walks a full path and
 * counts it in IndexedDB, and after another reload the report shows the stored counts: every lazy
 * chunk (pages, namespaces, Dexie, the report and its charts) comes from the precache.
 */

const { guide, record, report } = NL;

// Installing precaches the whole app (~2.4 MB with the training diagram's layout engine).
test.describe.configure({ timeout: 120_000 });

// A full meldcode path (machines/paths.md #77) from the start page to its outcome.
const PATH = [...MELDCODE, ['afweging.1', 'nee']] as const;

test('after one visit the app works offline: the guide walks a full path, counts it, and the report shows the stored counts', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeVisible();
  await untilControlled(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeVisible();

  // Settings (IndexedDB through Dexie, its chunk from the precache): one school to count for.
  await addSchool(page, 'De Linde');

  // The guide, start to outcome.
  await page.goto('/#/');
  await page.locator('input[name="sector"][value="po"]').check();
  await page.getByRole('button', { name: guide.start.begin, exact: true }).click();
  for (const [question, value] of PATH) await answer(page, question, value);
  await expect(page.getByRole('heading', { level: 1, name: guide.review.title })).toBeVisible();
  await page.getByRole('button', { name: guide.review.confirm, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: guide.outcomes.afgesloten.title })).toBeVisible();

  // Counted on the outcome page (the record panel and storage load lazily, from the precache).
  const panel = page.getByTestId('record-panel');
  await expect(panel.locator('input[name="rp-school"][value="de-linde"]')).toBeChecked();
  await panel.locator('input[name="rp-contacts"][value="ouder"]').check();
  await panel.locator('input[name="rp-activities"][value="gesprek"]').check();
  await panel.getByRole('button', { name: record.submit, exact: true }).click();
  await expect(panel.getByRole('button', { name: record.counted, exact: true })).toBeDisabled();

  // Reload, still offline: the report (its own chunks, charts included) reads the stored counts.
  await page.goto('/#/verantwoording');
  await page.reload();
  await expect(page.locator('h1')).toHaveText(report.title);
  await expect(page.locator('table[data-table="schools"] tr[data-row="de-linde"] td[data-column="registrations"]')).toHaveText('1');
  await expect(page.locator('table[data-table="contacts"] tr[data-row="ouder"] td[data-group="po"][data-measure="count"]')).toHaveText('1');

  // Still offline, and nothing was fetched from anywhere but the app's own origin (fixtures).
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

test('a page opened for the first time offline comes from the precache (deep link)', async ({ page, context }) => {
  await page.goto('/');
  await untilControlled(page);
  await context.setOffline(true);
  // Never visited online: the guide route's chunk and namespace come from the precache only.
  await page.goto('/#/gids');
  await expect(page.locator('[data-question="triage.acuut"]')).toBeVisible();
});
