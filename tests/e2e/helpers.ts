import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from './fixtures';

/**
 * Helpers shared by the e2e specs: the words of the app (read from content/locales, never copied
 * into a spec), the steps many specs take (start a concern, answer a question by its visible
 * label, add a school, wait for the service worker), and the keyboard-only steps and page checks of
 * the walks by keyboard (Tab to an element, choose an answer by arrow keys, check a page with axe).
 * Spec-specific steps stay in their spec.
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

/** From the start page: sector (po) and role, then "Begin"; lands on the guide's first question. */
export async function startConcern(page: Page, { role = 'ib', sector = 'po' }: { role?: string; sector?: string } = {}) {
  await page.goto('/#/');
  // The sector first: the start page offers the sector's own roles.
  await page.locator(`input[name="sector"][value="${sector}"]`).check();
  await page.locator(`input[name="role"][value="${role}"]`).check();
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

const COMMON = { nl: locale('nl', 'common'), en: locale('en', 'common') } as const;

export const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus (a keyboard user's way there); fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Index of the focused element among `locator`'s matches, or -1. */
const focusedIndex = (locator: Locator) =>
  locator.evaluateAll((els) => els.findIndex((el) => el === document.activeElement)).catch(() => -1);

/** Chooses an answer by its value, by keyboard: Tab into the radio group, then Space or the arrow keys. */
export async function choose(page: Page, value: string, scope: Locator = page.locator('main')) {
  const radios = scope.locator('input[type=radio]');
  const values = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const target = values.indexOf(value);
  expect(target, `answer ${value} among ${values.join(', ')}`).toBeGreaterThanOrEqual(0);
  // Tab lands on the checked radio of a group, or on the first when none is checked.
  let at = -1;
  for (let i = 0; i < 40 && at < 0; i++) {
    await page.keyboard.press('Tab');
    at = await focusedIndex(radios);
  }
  expect(at, 'Tab reaches the answers').toBeGreaterThanOrEqual(0);
  if (at === target && !(await radios.nth(target).isChecked())) await page.keyboard.press('Space');
  for (; at < target; at++) await page.keyboard.press('ArrowDown');
  for (; at > target; at--) await page.keyboard.press('ArrowUp');
  await expect(radios.nth(target)).toBeChecked();
  await expect(radios.nth(target)).toBeFocused();
}

/** Every page of a walk: the h1 (focused after navigation), the language, the acute exit, and axe. */
export async function checkPage(page: Page, lng: 'nl' | 'en', heading: string | RegExp, label: string) {
  const h1 = page.locator('h1');
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
  await expect(page.getByRole('button', { name: COMMON[lng].acute.button })).toBeVisible();
  await expectNoAxeViolations(page, `${label} (${lng})`);
}

/**
 * Training's live library: the page has run (its effect marks html[data-mode=training]) and is not the
 * inert library drawn while training is entered nor the build's static copy. Before that, a file set
 * on the library's hidden input could land in an instance about to be replaced.
 */
export async function untilLiveTraining(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'training', { timeout: 30_000 });
  await expect(page.locator('[data-entering], .zr-pre')).toHaveCount(0, { timeout: 30_000 });
}
