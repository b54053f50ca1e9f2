import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { checkPage, choose, locale, tabTo } from './helpers';

/**
 * The guide end to end, keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys; no clicks), against
 * the built app in Debian's Chromium: a full meldcode path to Veilig Thuis, a support path to an
 * internal referral, and a change on "check your answers" that changes the route. axe runs on every
 * page visited, and every test runs in Dutch and again in English (switched by keyboard).
 */

const TEXT = {
  nl: { guide: locale('nl', 'guide'), common: locale('nl', 'common') },
  en: { guide: locale('en', 'guide'), common: locale('en', 'common') },
} as const;
type Lng = keyof typeof TEXT;

/** Answers the current question by keyboard and submits with "Verder"/"Continue". */
async function answer(page: Page, lng: Lng, question: string, value: string) {
  const [group, id] = [question.split('.')[0], question.split('.').slice(1).join('.')];
  const title = TEXT[lng].guide.questions[group][id].title as string;
  await checkPage(page, lng, title, question);
  if (question === 'stap1.signalen') {
    // A confirmation, below the note field: Tab to the checkbox and tick it with Space.
    const box = page.locator(`main input[type=checkbox][value="${value}"]`);
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  } else await choose(page, value);
  await tabTo(page, page.getByRole('button', { name: TEXT[lng].common.actions.continue, exact: true }));
  await page.keyboard.press('Enter');
}

/** Opens the app, checks the start page, optionally switches to English, picks role and sector, begins. */
async function start(page: Page, lng: Lng) {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(TEXT.nl.guide.start.title);
  // The first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: TEXT.nl.common.skipLink });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expectNoAxeViolations(page, 'start (nl)');
  if (lng === 'en') {
    await tabTo(page, page.getByRole('button', { name: TEXT.nl.common.language.switchTo }));
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(TEXT.en.guide.start.title);
    await expectNoAxeViolations(page, 'start (en)');
  }
  // The acute-danger exit opens in place with both numbers, by keyboard, without navigating.
  await tabTo(page, page.getByRole('button', { name: TEXT[lng].common.acute.button }));
  await page.keyboard.press('Enter');
  await expect(page.locator('a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('a[href="tel:08002000"]').first()).toBeVisible();
  await expectNoAxeViolations(page, `acute exit open (${lng})`);
  await page.keyboard.press('Enter');
  await expect(page.locator('a[href="tel:112"]')).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');

  // The sector first: the roles below it are the sector's own.
  const sectorGroup = page.getByRole('group', { name: TEXT[lng].guide.start.sector });
  await tabTo(page, sectorGroup.locator('input[value="po"]'));
  await expect(sectorGroup.locator('input[value="po"]')).toBeChecked();
  const roleGroup = page.getByRole('group', { name: TEXT[lng].guide.start.role });
  await choose(page, 'ib', roleGroup);
  await tabTo(page, page.getByRole('button', { name: TEXT[lng].guide.start.begin, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/gids$/);
}

async function review(page: Page, lng: Lng, routeTitle: string) {
  await checkPage(page, lng, TEXT[lng].guide.review.title, 'check your answers');
  await expect(page.locator('.zr-summary-list').last()).toContainText(routeTitle);
}

async function confirm(page: Page, lng: Lng) {
  await tabTo(page, page.getByRole('button', { name: TEXT[lng].guide.review.confirm }));
  await page.keyboard.press('Enter');
}

for (const lng of ['nl', 'en'] as const) {
  test.describe(`guide (${lng})`, () => {
    // axe takes seconds per page on a busy machine, and every page is checked.
    test.setTimeout(300_000);

    test('a full meldcode path to Veilig Thuis', async ({ page }) => {
      const g = TEXT[lng].guide;
      await start(page, lng);
      await answer(page, lng, 'triage.acuut', 'nee');
      await answer(page, lng, 'triage.medewerker', 'nee');
      await answer(page, lng, 'triage.signalen', 'ja');
      await answer(page, lng, 'stap1.signalen', 'vastgelegd');
      await answer(page, lng, 'stap2.bijzonder', 'nee');
      await answer(page, lng, 'stap2.consultatie', 'beide');
      // Going back by keyboard drops the last answer and asks it again.
      await checkPage(page, lng, g.questions.stap3.gesprek.title, 'stap3.gesprek');
      await expect(page.locator('[aria-current="step"]')).toContainText('3');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await tabTo(page, page.getByRole('button', { name: TEXT[lng].common.actions.back }), 10);
      await page.keyboard.press('Enter');
      await answer(page, lng, 'stap2.consultatie', 'beide');
      await answer(page, lng, 'stap3.gesprek', 'gevoerd');
      // Afweging 1 shows the official wording as a quote with its source.
      await expect(page.locator('blockquote')).toContainText('Heb ik op basis van de stappen 1 tot en met 4');
      await expect(page.locator('figcaption cite')).toContainText(g.sources['nji-afwegingskader'].title);
      await answer(page, lng, 'afweging.1', 'ja');
      await answer(page, lng, 'afweging.2', 'ja');
      await answer(page, lng, 'melden.geinformeerd', 'ja');
      await review(page, lng, g.outcomes['veilig-thuis'].title);
      await confirm(page, lng);
      await checkPage(page, lng, g.outcomes['veilig-thuis'].title, 'outcome veilig-thuis');
      await expect(page.locator('main a[href="tel:08002000"]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: g.outcome.recordHeading })).toBeVisible();
    });

    test('a support path to an internal referral', async ({ page }) => {
      const g = TEXT[lng].guide;
      await start(page, lng);
      await answer(page, lng, 'triage.acuut', 'nee');
      await answer(page, lng, 'triage.medewerker', 'nee');
      await answer(page, lng, 'triage.signalen', 'nee');
      await answer(page, lng, 'steun.advies', 'nee');
      await answer(page, lng, 'steun.begeleiding', 'nee');
      await answer(page, lng, 'steun.intern', 'ja');
      await answer(page, lng, 'steun.partner', 'gezinscoaching');
      await answer(page, lng, 'steun.toestemming', 'ja');
      await review(page, lng, g.outcomes.intern.title);
      await confirm(page, lng);
      await checkPage(page, lng, g.outcomes.intern.title, 'outcome intern');
      const partner = page.getByRole('region', { name: g.outcome.partnerHeading });
      await expect(partner).toContainText(TEXT[lng].common.partners.gezinscoaching);
      await expect(page.getByRole('region', { name: g.outcome.consentHeading })).toContainText(g.outcome.consentText);
    });

    test('an empty answer shows the error, and a change on check-your-answers changes the route', async ({ page }) => {
      const g = TEXT[lng].guide;
      await start(page, lng);
      // Continue without an answer: the error summary takes focus and links to the first answer.
      await checkPage(page, lng, g.questions.triage.acuut.title, 'triage.acuut');
      await tabTo(page, page.getByRole('button', { name: TEXT[lng].common.actions.continue, exact: true }));
      await page.keyboard.press('Enter');
      const summary = page.getByRole('alert');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(g.errors.required);
      await expectNoAxeViolations(page, `error summary (${lng})`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.locator('input[type=radio]').first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await tabTo(page, page.getByRole('button', { name: TEXT[lng].common.actions.continue, exact: true }));
      await page.keyboard.press('Enter');

      await answer(page, lng, 'triage.medewerker', 'nee');
      await answer(page, lng, 'triage.signalen', 'nee');
      await answer(page, lng, 'steun.advies', 'ja');
      await review(page, lng, g.outcomes.advies.title);
      // Change the answer to "is advice enough?": the machine drops it and asks again.
      const change = page.getByRole('button', {
        name: new RegExp(g.review.changeHidden.replace('{{question}}', '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '.*' + g.questions.steun.advies.title.replace(/[?]/g, '\\?')),
      });
      await tabTo(page, change);
      await page.keyboard.press('Enter');
      await answer(page, lng, 'steun.advies', 'nee');
      await answer(page, lng, 'steun.begeleiding', 'ja');
      await review(page, lng, g.outcomes.begeleiding.title);
      await expect(page.locator('.zr-summary-list').last()).not.toContainText(g.outcomes.advies.title);
      await confirm(page, lng);
      await checkPage(page, lng, g.outcomes.begeleiding.title, 'outcome begeleiding');
    });
  });
}
