import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Helpers shared by the e2e specs: the words of the app (read from content/locales, never copied
 * into a spec), and the steps many specs take (start a concern, answer a question by its visible
 * label, add a school, wait for the service worker). Spec-specific steps stay in their spec.
 */

export type Json = Record<string, any>;

/** One locale file, e.g. locale('nl', 'guide'). */
export const locale = (lng: 'nl' | 'en', ns: string): Json =>
  JSON.parse(readFileSync(new URL(`../../content/locales/${lng}/${ns}.json`, import.meta.url), 'utf8'));

export const NL = {
  common: locale('nl', 'common'),
  dimensions: locale('nl', 'dimensions'),
  guide: locale('nl', 'guide'),
  record: locale('nl', 'record'),
  report: locale('nl', 'report'),
  settings: locale('nl', 'settings'),
  drafts: locale('nl', 'drafts'),
  pwa: locale('nl', 'pwa'),
} as const;

/**
 * The Dutch label of an answer as the question page shows it: guide answers.<question>.<value>
 * (the question id's dots are nesting), or for a partner question the partner's name (common
 * partners.<id>, the default sociale kaart).
 */
export function answerLabel(question: string, value: string): string {
  const node = question.split('.').reduce<Json | undefined>((o, k) => o?.[k], NL.guide.answers);
  const label = node?.[value] ?? (question.endsWith('.partner') ? NL.common.partners?.[value] : undefined);
  if (typeof label !== 'string') throw new Error(`no label for ${question}=${value}`);
  return label;
}

/** The question page now on screen: its question id (the page's data-question attribute). */
export const questionPage = (page: Page, question?: string) =>
  page.locator(question ? `[data-question="${question}"]` : '[data-question]');

/**
 * Answers the question on screen by the answer's visible label and continues. Works for a radio
 * group and for a single checkbox alike (the input is found by its label).
 */
export async function answer(page: Page, question: string, value: string) {
  const form = questionPage(page, question);
  await expect(form).toBeVisible();
  const input = form.getByLabel(answerLabel(question, value), { exact: true }).and(form.locator('input'));
  await input.check();
  await form.getByRole('button', { name: NL.common.actions.continue, exact: true }).click();
}

/** From the start page: role and sector (po), then "Begin"; lands on the guide's first question. */
export async function startConcern(page: Page, { role = 'ib', sector = 'po' }: { role?: string; sector?: string } = {}) {
  await page.goto('/#/');
  await page.locator(`input[name="role"][value="${role}"]`).check();
  await page.locator(`input[name="sector"][value="${sector}"]`).check();
  await page.getByRole('button', { name: NL.guide.start.begin, exact: true }).click();
  await expect(page).toHaveURL(/#\/gids$/);
}

/** Adds a school in the settings (the record panel counts for a school). */
export async function addSchool(page: Page, name: string, type: 'po' | 'vo' = 'po') {
  await page.goto('/#/instellingen');
  await expect(page.locator('h1')).toHaveText(NL.settings.title);
  await page.getByLabel(NL.settings.schools.name, { exact: true }).fill(name);
  await page.locator(`input[name="settings-school-type"][value="${type}"]`).check();
  await page.getByRole('button', { name: NL.settings.schools.addButton, exact: true }).click();
  await expect(page.getByTestId('settings-schools')).toContainText(name);
}

/**
 * Waits until the service worker has installed (precached everything) and controls the page. In
 * `prompt` mode it does not claim the page that registered it, so the page is reloaded once.
 */
export async function untilControlled(page: Page) {
  const activeState = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none');
  await expect.poll(activeState, { timeout: 60_000, message: 'service worker activated' }).toBe('activated');
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { message: 'page controlled' })
    .toBe('activated');
}
