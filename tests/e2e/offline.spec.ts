import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Offline (issue 7): after one visit the service worker has precached the whole app, so with the
 * network cut (context.setOffline) a reload still starts the app and the guide walks a full path,
 * loading every lazy chunk (pages, namespaces) from the precache.
 */

const guide = JSON.parse(readFileSync(new URL('../../content/locales/nl/guide.json', import.meta.url), 'utf8'));
const common = JSON.parse(readFileSync(new URL('../../content/locales/nl/common.json', import.meta.url), 'utf8'));

/** Dutch label of an answer: answers.<question with dots as nesting>.<value>. */
function answerLabel(question: string, value: string): string {
  const node = question.split('.').reduce((o, k) => o?.[k], guide.answers);
  const label = node?.[value];
  if (typeof label !== 'string') throw new Error(`no label for ${question}=${value}`);
  return label;
}

async function answer(page: Page, question: string, value: string) {
  const form = page.locator(`[data-question="${question}"]`);
  await expect(form).toBeVisible();
  await form.getByRole('radio', { name: answerLabel(question, value), exact: true }).check();
  await form.getByRole('button', { name: common.actions.continue, exact: true }).click();
}

/**
 * Waits until the service worker has installed (precached everything) and controls the page. In
 * `prompt` mode it does not claim the page that registered it, so the page is reloaded once.
 */
async function untilControlled(page: Page) {
  const activeState = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none');
  await expect.poll(activeState, { timeout: 60_000, message: 'service worker activated' }).toBe('activated');
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { message: 'page controlled' })
    .toBe('activated');
}

// Installing precaches the whole app (~2.4 MB with the training diagram's layout engine).
test.describe.configure({ timeout: 120_000 });

// A full meldcode path (machines/paths.md #77) from the start page to its outcome.
const PATH: [string, string][] = [
  ['triage.acuut', 'nee'],
  ['triage.medewerker', 'nee'],
  ['triage.signalen', 'ja'],
  ['stap1.signalen', 'vastgelegd'],
  ['stap2.bijzonder', 'nee'],
  ['stap2.consultatie', 'collega'],
  ['stap3.gesprek', 'gevoerd'],
  ['afweging.1', 'nee'],
];

test('after one visit the app works offline: reload, then the guide walks a full path', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeVisible();
  await untilControlled(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeVisible();
  await page.getByRole('button', { name: guide.start.begin, exact: true }).click();
  for (const [question, value] of PATH) await answer(page, question, value);

  await expect(page.getByRole('heading', { level: 1, name: guide.review.title })).toBeVisible();
  await page.getByRole('button', { name: guide.review.confirm, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: guide.outcomes.afgesloten.title })).toBeVisible();

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
