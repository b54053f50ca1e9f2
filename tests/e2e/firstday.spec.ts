import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { isFocused, locale, tabTo } from './helpers';
import { openApp, type Lng } from './screens-plan';

/**
 * A first day without friction (issue 12), as the people who found the problems walk it: an intern
 * with a child in acute danger (keyboard only), a school social worker counting on a fresh install,
 * anyone who reloads, goes back or saves a draft. Dutch and English; axe on every page visited.
 */

const TEXT = (lng: Lng) => ({
  common: locale(lng, 'common'),
  dimensions: locale(lng, 'dimensions'),
  guide: locale(lng, 'guide'),
  record: locale(lng, 'record'),
  drafts: locale(lng, 'drafts'),
  settings: locale(lng, 'settings'),
  fields: locale(lng, 'fields'),
});

/** Answers by value (radio or the confirmation checkbox) and continues, with the mouse. */
async function answer(page: Page, question: string, value: string) {
  const form = page.locator(`[data-question="${question}"]`);
  await expect(form).toBeVisible();
  await form.locator(`input[value="${value}"]`).check();
  await form.locator('form.zr-form > .zr-actions button[type=submit]').click();
}

async function begin(page: Page, lng: Lng) {
  await openApp(page, lng);
  await expectNoAxeViolations(page, `start (${lng})`);
  await page.locator('.zr-start button[type=submit]').click();
  await expect(page.locator('[data-question="triage.acuut"]')).toBeVisible();
}

for (const lng of ['nl', 'en'] as const) {
  test.describe(`first day (${lng})`, () => {
    test.setTimeout(240_000);
    const T = TEXT(lng);

    test('file and date fields speak the page\'s language, not the browser\'s', async ({ page }) => {
      // The browser's own controls say "Choose File" and mm/dd/yyyy in an English Chromium whatever
      // the page's language is (issue 12.9): the app's own labelled controls are used instead.
      for (const [hash, choose] of [
        ['#/instellingen', T.fields.file.choose],
        ['#/training', T.fields.file.choose],
        ['#/verantwoording', T.fields.file.chooseMany],
      ] as const) {
        await openApp(page, lng, hash);
        const native = page.locator('main input[type=file]');
        await expect(native.first()).toBeAttached();
        for (const input of await native.all()) await expect(input).toBeHidden();
        const buttons = page.locator('main .zr-file-picker button');
        expect(await buttons.count()).toBe(await native.count());
        for (const button of await buttons.all()) await expect(button).toHaveText(choose);
        if (hash === '#/verantwoording') {
          // The period is a month chosen by name and a typed year, not the browser's month control.
          await expect(page.locator('main input[type=month]')).toHaveCount(0);
          await expect(page.locator('#report-from-month option').nth(1)).toHaveText(lng === 'nl' ? 'januari' : 'January');
        }
        await expectNoAxeViolations(page, `file fields ${hash}`);
      }
      await begin(page, lng);
      await answer(page, 'triage.acuut', 'nee');
      await answer(page, 'triage.medewerker', 'nee');
      await answer(page, 'triage.signalen', 'ja');
      const date = page.getByRole('group', { name: T.drafts.notes.date });
      await expect(date).toBeVisible();
      await expect(page.locator('main input[type=date]')).toHaveCount(0);
      await date.getByRole('textbox', { name: T.fields.date.day, exact: true }).fill('31');
      await date.getByRole('textbox', { name: T.fields.date.month, exact: true }).fill('2');
      await date.getByRole('textbox', { name: T.fields.date.year, exact: true }).fill('2026');
      await page.keyboard.press('Tab');
      await expect(date.getByText(T.fields.date.invalid)).toBeVisible();
      await expectNoAxeViolations(page, 'stap1.signalen with a wrong date');
    });

    test('acute danger: the answer leads to 112 and Veilig Thuis in one step (keyboard only)', async ({ page }) => {
      await openApp(page, lng);
      await expectNoAxeViolations(page, 'start');
      await tabTo(page, page.locator('.zr-start button[type=submit]'));
      await page.keyboard.press('Enter');
      const question = page.locator('[data-question="triage.acuut"]');
      await expect(question).toBeVisible();
      await expectNoAxeViolations(page, 'triage.acuut');
      const yes = question.locator('input[value="ja"]');
      await tabTo(page, question.locator('input[type=radio]').first());
      if (!(await isFocused(yes))) await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Space');
      await expect(yes).toBeChecked();
      await tabTo(page, question.getByRole('button', { name: T.common.actions.continue, exact: true }));
      await page.keyboard.press('Enter');
      // The very next screen: the numbers, not "check your answers".
      const outcome = page.locator('[data-route="veilig-thuis"]');
      await expect(outcome).toBeVisible();
      await expect(page.locator('h1')).toHaveText(T.guide.outcomes['veilig-thuis-acuut'].title);
      await expect(page.locator('.zr-review')).toHaveCount(0);
      await expect(outcome.locator('a[href="tel:112"]')).toBeVisible();
      await expect(outcome.locator('a[href="tel:08002000"]')).toBeVisible();
      await expectNoAxeViolations(page, 'acute outcome');
      // Reached by keyboard, and the call links come before counting and documentation.
      const call = outcome.locator('a[href="tel:112"]');
      await tabTo(page, call);
      const callY = (await call.boundingBox())!.y;
      const recordY = (await page.getByTestId('record-panel').boundingBox())!.y;
      expect(callY).toBeLessThan(recordY);
    });

    test('on a phone the acute exit stays reachable while scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await begin(page, lng);
      const exit = page.getByRole('button', { name: T.common.acute.button });
      await page.mouse.wheel(0, 2000);
      await page.waitForFunction(() => window.scrollY > 200);
      await expect(exit).toBeInViewport();
      const header = (await page.locator('header').boundingBox())!;
      expect(header.height, 'a compact header on a phone').toBeLessThan(160);
      await exit.click();
      await expect(page.locator('.zr-acute__panel a[href="tel:112"]')).toBeInViewport();
      await expectNoAxeViolations(page, 'acute panel on a phone');
    });

    test('a reload in the middle of a concern asks first', async ({ page, dialogs }) => {
      await begin(page, lng);
      await answer(page, 'triage.acuut', 'nee');
      await expect(page.locator('[data-question="triage.medewerker"]')).toBeVisible();
      await page.reload();
      expect(dialogs).toContain('beforeunload');
      // Accepted (as the user may): the concern is gone, and nothing of it was stored.
      await expect(page.locator('h1')).toBeVisible();
    });

    test('the start page offers to go on with the concern in progress', async ({ page }) => {
      await begin(page, lng);
      await answer(page, 'triage.acuut', 'nee');
      await page.getByRole('link', { name: T.common.nav.start, exact: true }).click();
      const offer = page.getByTestId('in-progress');
      await expect(offer).toContainText(T.guide.inProgress.title);
      await expectNoAxeViolations(page, 'start with a concern in progress');
      // "Begin" asks first: the concern is not saved.
      await page.locator('.zr-start button[type=submit]').click();
      const dialog = page.getByRole('dialog', { name: T.guide.unsaved.title });
      await expect(dialog).toBeVisible();
      await expectNoAxeViolations(page, 'unsaved dialog');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await offer.getByRole('button', { name: T.guide.inProgress.continue }).click();
      await expect(page.locator('[data-question="triage.medewerker"]')).toBeVisible();
    });

    test('back pre-fills the earlier answer', async ({ page }) => {
      await begin(page, lng);
      await answer(page, 'triage.acuut', 'nee');
      await answer(page, 'triage.medewerker', 'nee');
      await expect(page.locator('[data-question="triage.signalen"]')).toBeVisible();
      await expectNoAxeViolations(page, 'triage.signalen');
      await page.getByRole('button', { name: T.common.actions.back }).click();
      await expect(page.locator('[data-question="triage.medewerker"] input[value="nee"]')).toBeChecked();
      await page.getByRole('button', { name: T.common.actions.back }).click();
      await expect(page.locator('[data-question="triage.acuut"] input[value="nee"]')).toBeChecked();
      await expectNoAxeViolations(page, 'triage.acuut pre-filled');
    });

    test('counting on a fresh install, without visiting the settings', async ({ page }) => {
      await begin(page, lng);
      for (const [q, v] of [
        ['triage.acuut', 'nee'],
        ['triage.medewerker', 'nee'],
        ['triage.signalen', 'nee'],
        ['steun.advies', 'ja'],
      ] as const) await answer(page, q, v);
      await expect(page.locator('.zr-review')).toBeVisible();
      await expectNoAxeViolations(page, 'check your answers');
      await page.getByRole('button', { name: T.guide.review.confirm }).click();
      const panel = page.getByTestId('record-panel');
      await expect(panel.getByTestId('record-new-school')).toBeVisible();
      await expectNoAxeViolations(page, 'outcome with a first school to add');
      await panel.getByLabel(T.record.newSchool.name, { exact: true }).fill('De Linde');
      await panel.locator('input[name="rp-newschool-type"][value="po"]').check();
      await panel.locator('input[name="rp-activities"][value="gesprek"]').check();
      await panel.getByRole('button', { name: T.record.submit, exact: true }).click();
      const counted = panel.getByTestId('record-counted');
      await expect(counted).toContainText('De Linde');
      await expect(counted).toContainText(T.dimensions.activiteit.gesprek);
      // The outcome page stayed where it was.
      await expect(page).toHaveURL(/#\/gids$/);
      await expect(page.locator('[data-route="advies"]')).toBeVisible();
      await expectNoAxeViolations(page, 'counted');
      // The school is in the settings now.
      await page.getByRole('link', { name: T.common.nav.settings, exact: true }).click();
      await expect(page.getByTestId('settings-schools')).toContainText('De Linde');
    });

    test('a saved draft is in the list at once, with a way back to the concern', async ({ page }) => {
      await begin(page, lng);
      await answer(page, 'triage.acuut', 'nee');
      await page.getByRole('link', { name: T.common.nav.drafts, exact: true }).click();
      await expect(page.locator('.zr-drafts')).toBeVisible();
      await expect(page.getByText(T.drafts.page.empty)).toBeVisible();
      await expectNoAxeViolations(page, 'drafts, none yet');
      const save = page.locator('.zr-save-draft');
      await save.locator('input[name="draft-label"]').fill('Groep 6');
      const secret = 'lange wachtzin voor de test';
      await save.locator('input[name="draft-passphrase"]').fill(secret);
      await save.locator('input[name="draft-passphrase-confirm"]').fill(secret);
      await save.locator('button[type=submit]').click();
      await expect(save.getByTestId('draft-saved')).toContainText('Groep 6', { timeout: 30_000 });
      await expect(page.locator('.zr-draft-list .zr-draft')).toHaveCount(1);
      await expect(page.getByText(T.drafts.page.empty)).toHaveCount(0);
      await expectNoAxeViolations(page, 'drafts, one saved');
      await save.getByRole('link', { name: T.drafts.save.backToConcern }).click();
      await expect(page.locator('[data-question="triage.medewerker"]')).toBeVisible();
    });
  });
}

