import type { Page } from '@playwright/test';

/**
 * The main screens of the app and how to reach each from a fresh page, shared by `npm run screens`
 * (scripts/screens.ts, screenshots) and tests/e2e/overflow.spec.ts (no horizontal overflow at 360 px).
 * Language-neutral: it clicks by value, type and route, never by a translated label, so the same
 * plan walks the Dutch and the English app.
 */

export type Lng = 'nl' | 'en';

export interface Screen {
  name: string;
  /** Brings a fresh page (app not yet opened) to the screen. */
  reach(page: Page, lng: Lng): Promise<void>;
}

/** Opens the app at a hash route, in the given language (remembered prefs, as the switch leaves them). */
export async function openApp(page: Page, lng: Lng, hash = '#/') {
  await page.addInitScript((language) => {
    // Once per page, not on every reload: a reload keeps what the app wrote since.
    if (sessionStorage.getItem('zr-screens-init')) return;
    sessionStorage.setItem('zr-screens-init', '1');
    localStorage.setItem('zorgroute.prefs', JSON.stringify({ language, sector: 'po' }));
  }, lng);
  await page.goto(`/${hash}`);
  await page.locator('h1').first().waitFor();
  await page.waitForFunction((l) => document.documentElement.lang === l, lng);
}

/** "Begin" on the start page: a fresh concern, first question shown. */
export async function begin(page: Page) {
  await page.locator('.zr-start button[type=submit]').click();
  await page.locator('.zr-question').waitFor();
}

/** Answers the question shown by the radio value and continues. */
export async function answer(page: Page, value: string) {
  const question = await page.locator('.zr-question').getAttribute('data-question');
  await page.locator(`.zr-question input[type=radio][value="${value}"]`).check();
  await page.locator('.zr-question form.zr-form > .zr-actions button[type=submit]').click();
  // The next page: another question, check your answers, or an outcome.
  await page.waitForFunction(
    (q) => document.querySelector('.zr-question')?.getAttribute('data-question') !== q,
    question,
  );
}

/** Waits until the page has stopped loading lazily (its chunks and namespaces). */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts?.ready);
}

/** The presenter on a casus with rationale, at afweging 2 with the expected answer and its reason shown. */
async function openPresenter(page: Page, lng: Lng) {
  await openApp(page, lng, '#/training');
  // The live library, not the inert one drawn while training is entered (nor the build's copy): a
  // click on an inert button is no click at all (helpers.ts untilLiveTraining, for specs).
  await page.waitForFunction(
    () => document.documentElement.dataset.mode === 'training' && !document.querySelector('[data-entering], .zr-pre'),
    undefined,
    { timeout: 30_000 },
  );
  await page.locator('[data-casus="vo-ouders-weigeren-hulp"] button').click();
  await page.getByTestId('presenter').waitFor();
  for (let i = 0; i < 8; i++) await page.keyboard.press('n');
  await page.keyboard.press('r');
  await page.getByTestId('presenter-expected').waitFor();
}

/** From the start page through a fresh concern, answering by radio value (e.g. 'nee', 'nee', 'ja'). */
async function walk(page: Page, lng: Lng, ...values: string[]) {
  await openApp(page, lng);
  await begin(page);
  for (const value of values) await answer(page, value);
}

export const SCREENS: Screen[] = [
  { name: 'start', reach: (page, lng) => openApp(page, lng) },
  {
    name: 'acute-panel',
    reach: async (page, lng) => {
      await openApp(page, lng);
      await page.locator('.zr-acute__button').click();
      await page.locator('.zr-acute__panel a[href="tel:112"]').waitFor();
    },
  },
  {
    name: 'question',
    reach: async (page, lng) => {
      await walk(page, lng, 'nee', 'nee', 'ja'); // into the meldcode: step 1, with its note field
    },
  },
  {
    name: 'check-answers',
    reach: async (page, lng) => {
      await walk(page, lng, 'nee', 'nee', 'nee', 'ja');
      await page.locator('.zr-review').waitFor();
    },
  },
  {
    name: 'acute-outcome',
    reach: async (page, lng) => {
      await walk(page, lng, 'ja');
      await page.locator('.zr-outcome').waitFor();
    },
  },
  {
    name: 'outcome-record',
    reach: async (page, lng) => {
      await walk(page, lng, 'nee', 'nee', 'nee', 'ja');
      await page.locator('.zr-review .zr-actions button').first().click();
      await page.locator('[data-testid=record-panel]').waitFor();
    },
  },
  {
    name: 'drafts',
    reach: async (page, lng) => {
      await walk(page, lng, 'nee');
      await page.evaluate(() => {
        window.location.hash = '#/concepten';
      });
      await page.locator('.zr-drafts').waitFor();
    },
  },
  {
    name: 'report',
    reach: async (page, lng) => {
      await openApp(page, lng, '#/verantwoording');
    },
  },
  {
    name: 'settings',
    reach: async (page, lng) => {
      await openApp(page, lng, '#/instellingen');
    },
  },
  {
    name: 'training',
    reach: async (page, lng) => {
      await openApp(page, lng, '#/training');
    },
  },
  {
    name: 'training-presenter',
    reach: async (page, lng) => {
      await openPresenter(page, lng);
    },
  },
  {
    // The audience window shows what a presenter in another window of the same browser sends.
    name: 'training-audience',
    reach: async (page, lng) => {
      await openPresenter(await page.context().newPage(), lng);
      await openApp(page, lng, '#/training/publiek');
      await page.getByTestId('audience').waitFor();
    },
  },
  {
    // What may be shared with the school, and when (issue 14 §3).
    name: 'information-sharing',
    reach: async (page, lng) => {
      await openApp(page, lng, '#/gids/informatie-delen');
    },
  },
  {
    // Behaviour between children (issue 14 §5): its own small route from its own start entry.
    name: 'onderling-question',
    reach: async (page, lng) => {
      await openApp(page, lng, '#/onderling');
      await page.locator('.zr-question').waitFor();
    },
  },
  {
    name: 'onderling-outcome',
    reach: async (page, lng) => {
      await openApp(page, lng, '#/onderling');
      await page.locator('.zr-question').waitFor();
      await answer(page, 'online');
      await answer(page, 'rood');
      await answer(page, 'nee');
      await page.locator('.zr-review .zr-actions button').first().click();
      await page.locator('[data-route="kinderen-onderling"]').waitFor();
    },
  },
  {
    name: 'quick-registration',
    reach: async (page, lng) => {
      await openApp(page, lng, '#/registreren');
    },
  },
];
