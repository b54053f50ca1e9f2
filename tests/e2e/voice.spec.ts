import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { MELDCODE } from '../../machines/walks';
import { locale, type Json } from './helpers';

/**
 * Issue 14 §2, §4, §7 end to end, in Dutch and in English: the kindcheck at step 1 for sociaal werk,
 * the onderwijs kader at afweging 2 ("absence alone is no ground"), help by the child's age (chosen by
 * keyboard on one page, still chosen on a later one), the child's own view as a note of its own, and
 * both in the documentation export. axe on every page that changed.
 */

const TEXT = {
  nl: { guide: locale('nl', 'guide'), common: locale('nl', 'common'), drafts: locale('nl', 'drafts') },
  en: { guide: locale('en', 'guide'), common: locale('en', 'common'), drafts: locale('en', 'drafts') },
} as const;
type Lng = keyof typeof TEXT;

const at = (tree: Json, path: string) => path.split('.').reduce<Json>((node, key) => node?.[key], tree);

async function start(page: Page, lng: Lng, sector: string) {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(TEXT.nl.guide.start.title);
  if (lng === 'en') {
    await page.getByRole('button', { name: TEXT.nl.common.language.switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  await page.locator('input[name="role"][value="ib"]').check();
  await page.locator(`input[name="sector"][value="${sector}"]`).check();
  await page.getByRole('button', { name: TEXT[lng].guide.start.begin, exact: true }).click();
  await expect(page).toHaveURL(/#\/gids$/);
}

async function answer(page: Page, lng: Lng, question: string, value: string, label?: string) {
  const form = page.locator(`[data-question="${question}"]`);
  await expect(form).toBeVisible();
  const name = label ?? (at(TEXT[lng].guide.answers, `${question}.${value}`) as unknown as string);
  await form.getByLabel(name, { exact: true }).and(form.locator('input')).check();
  await form.getByRole('button', { name: TEXT[lng].common.actions.continue, exact: true }).click();
}

for (const lng of ['nl', 'en'] as const) {
  test.describe(`the child's voice and the sector kaders (${lng})`, () => {
    test.setTimeout(240_000);
    const g = TEXT[lng].guide;

    test('sociaal werk: the kindcheck at step 1, and signals by age group', async ({ page }) => {
      await start(page, lng, 'sociaal-werk');
      await answer(page, lng, 'triage.acuut', 'nee');
      await answer(page, lng, 'triage.medewerker', 'nee');
      await answer(page, lng, 'triage.signalen', 'ja');
      const note = page.locator('[data-sector-note="sociaal-werk"]');
      await expect(note.getByRole('heading', { level: 2 })).toHaveText(g.questions.stap1.signalen.sectorNotes['sociaal-werk'].title);
      await expect(note.getByRole('link', { name: g.sources['augeo-kindcheck'].title })).toHaveAttribute('href', 'https://www.augeo.nl/nl-nl/kindcheck');
      const age = page.locator('[data-age-help="signals"]');
      await expect(age.locator('[data-age-group]')).toHaveCount(3);
      // By keyboard: focus the age choice, pick "0 to 4".
      const select = age.getByRole('combobox', { name: g.age.label });
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue('0-4');
      await expect(age.locator('[data-age-group]')).toHaveCount(1);
      await expect(age).toContainText(g.age.signals['0-4']);
      await expectNoAxeViolations(page, `stap1 sociaal werk (${lng})`);
    });

    test('onderwijs: absence alone is no ground, at afweging 2', async ({ page }) => {
      await start(page, lng, 'po');
      for (const [q, v] of [...MELDCODE, ['afweging.1', 'ja']] as const) {
        // Step 3 shows talking with the child by age and the child's own view: axe there too.
        if (q === 'stap3.gesprek') {
          await expect(page.locator('[data-age-help="conversation"]')).toContainText(g.age.conversation['16-plus']);
          await expect(page.getByLabel(TEXT[lng].drafts.notes.childView.label, { exact: true })).toBeVisible();
          await expectNoAxeViolations(page, `stap3 po (${lng})`);
        }
        await answer(page, lng, q, v);
      }
      const note = page.locator('[data-sector-note="po"]');
      await expect(note).toContainText(g.questions.afweging['2'].sectorNotes.po.text.split('\n\n')[1]);
      await expect(note.getByRole('link', { name: g.sources['afwegingskader-onderwijs'].title })).toBeVisible();
      await expectNoAxeViolations(page, `afweging 2 po (${lng})`);
    });

    test('support route: the age chosen once holds for consent; the child’s view is in the documentation', async ({ page }) => {
      await start(page, lng, 'vo');
      await answer(page, lng, 'triage.acuut', 'nee');
      await answer(page, lng, 'triage.medewerker', 'nee');
      await answer(page, lng, 'triage.signalen', 'nee');
      // steun.advies: talking with the child, and the child's own view as a note of its own.
      const conversation = page.locator('[data-age-help="conversation"]');
      await conversation.getByRole('combobox', { name: g.age.label }).selectOption('12-16');
      await expect(conversation).toContainText(g.age.conversation['12-15']);
      const view = page.getByLabel(TEXT[lng].drafts.notes.childView.label, { exact: true });
      await view.fill('Ik wil wel praten, maar niet met mijn vader erbij.');
      await expectNoAxeViolations(page, `steun.advies (${lng})`);
      await answer(page, lng, 'steun.advies', 'nee');
      await answer(page, lng, 'steun.begeleiding', 'nee');
      await answer(page, lng, 'steun.intern', 'nee');
      await answer(page, lng, 'steun.partner', 'ggz', TEXT[lng].common.partners.ggz);
      const consent = page.locator('[data-age-help="consent"]');
      await expect(consent.getByRole('combobox', { name: g.age.label })).toHaveValue('12-16');
      await expect(consent).toContainText(g.age.consent['12-15']);
      await expect(consent).toContainText(g.age.consent.divorce);
      await expectNoAxeViolations(page, `steun.toestemming (${lng})`);
      await answer(page, lng, 'steun.toestemming', 'nee');
      await page.getByRole('button', { name: g.review.confirm }).click();
      const doc = page.locator('.zr-doc').first();
      await expect(doc).toContainText(`${TEXT[lng].drafts.doc.ageBand}`);
      await expect(doc).toContainText(g.age.bands['12-16']);
      await expect(doc).toContainText(`${TEXT[lng].drafts.doc.childView}: Ik wil wel praten, maar niet met mijn vader erbij.`);
      await expectNoAxeViolations(page, `outcome begeleiding with documentation (${lng})`);
    });
  });
}
