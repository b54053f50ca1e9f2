import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addSchool, checkPage, choose, locale, tabTo } from './helpers';

/**
 * Behaviour between children (issue 14 §5) in the built app: its own entry on the start page, its
 * questions, "check your answers" and the outcome per sector, in Dutch and in English. One walk is by
 * keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys); axe runs on every page of the route. The
 * outcome is counted like any route (route|kinderen-onderling in the counters store).
 */

const TEXT = {
  nl: { guide: locale('nl', 'guide'), common: locale('nl', 'common'), onderling: locale('nl', 'onderling'), record: locale('nl', 'record'), drafts: locale('nl', 'drafts') },
  en: { guide: locale('en', 'guide'), common: locale('en', 'common'), onderling: locale('en', 'onderling'), record: locale('en', 'record'), drafts: locale('en', 'drafts') },
} as const;
type Lng = keyof typeof TEXT;

const questionTitle = (lng: Lng, question: string) => TEXT[lng].onderling.questions.onderling[question.split('.')[1]!].title as string;

/** By keyboard: check the page, choose, Tab to "Verder"/"Continue", Enter. */
async function answerByKeyboard(page: Page, lng: Lng, question: string, value: string) {
  await checkPage(page, lng, questionTitle(lng, question), question);
  await expect(page.locator(`[data-question="${question}"]`)).toBeVisible();
  await choose(page, value);
  await tabTo(page, page.getByRole('button', { name: TEXT[lng].common.actions.continue, exact: true }));
  await page.keyboard.press('Enter');
}

/** By mouse, for the walks that are not about the keyboard. */
async function answerByClick(page: Page, lng: Lng, question: string, value: string) {
  await checkPage(page, lng, questionTitle(lng, question), question);
  const form = page.locator(`[data-question="${question}"]`);
  await form.locator(`input[value="${value}"]`).check();
  await form.getByRole('button', { name: TEXT[lng].common.actions.continue, exact: true }).click();
}

async function switchToEnglish(page: Page) {
  await page.getByRole('button', { name: TEXT.nl.common.language.switchTo }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('by keyboard only (nl): sexting between pupils in vo, from the start page to the outcome, counted', async ({ page }) => {
  test.setTimeout(180_000);
  await addSchool(page, 'Het Baken', 'vo');
  await page.goto('/#/');
  const t = TEXT.nl;
  await expect(page.locator('h1')).toHaveText(t.guide.start.title);
  await expect(page.getByRole('heading', { level: 2, name: t.guide.onderlingStart.title })).toBeVisible();
  await expectNoAxeViolations(page, 'start with the onderling entry (nl)');
  const sectorGroup = page.getByRole('group', { name: t.guide.start.sector });
  await choose(page, 'vo', sectorGroup);
  await tabTo(page, page.getByRole('button', { name: t.guide.onderlingStart.begin }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/onderling$/);

  await answerByKeyboard(page, 'nl', 'onderling.soort', 'online');
  // The official wording of the flags, as a quote with its source, in the question's help.
  await expect(page.locator('blockquote[lang="nl"]')).toContainText('groen is aanvaardbaar seksueel gedrag');
  await answerByKeyboard(page, 'nl', 'onderling.vlag', 'rood');
  // Back by keyboard: Tab to "Terug", Enter, and the answer is asked again.
  await expect(page.locator('h1')).toHaveText(questionTitle('nl', 'onderling.zorgen'));
  await tabTo(page, page.getByRole('button', { name: t.common.actions.back }));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(questionTitle('nl', 'onderling.vlag'));
  await answerByKeyboard(page, 'nl', 'onderling.vlag', 'rood');
  await answerByKeyboard(page, 'nl', 'onderling.zorgen', 'nee');

  await checkPage(page, 'nl', t.guide.review.title, 'check your answers');
  await expect(page.locator('main')).toContainText(t.onderling.answers.onderling.vlag.rood);
  await tabTo(page, page.getByRole('button', { name: t.guide.review.confirm }));
  await page.keyboard.press('Enter');

  await checkPage(page, 'nl', t.onderling.outcome.title, 'outcome');
  const outcome = page.locator('[data-route="kinderen-onderling"]');
  await expect(outcome).toHaveAttribute('data-outcome', 'ernstig');
  await expect(outcome).toContainText(t.onderling.outcome.onlineHeading);
  await expect(page.locator('[data-sector-group="onderwijs"]')).toContainText(t.onderling.outcome.sector.onderwijs[2]);

  // Counted by keyboard: contacts and activity, then "Tellen".
  const panel = page.getByTestId('record-panel');
  await expect(panel.locator('input[name="rp-school"][value="het-baken"]')).toBeChecked();
  await tabTo(page, panel.locator('input[name="rp-contacts"][value="leerling"]'));
  await page.keyboard.press('Space');
  await tabTo(page, panel.locator('input[name="rp-activities"][value="kindgesprek"]'));
  await page.keyboard.press('Space');
  await tabTo(page, panel.getByRole('button', { name: t.record.submit, exact: true }));
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: t.record.counted, exact: true })).toBeDisabled();
  await expectNoAxeViolations(page, 'outcome counted (nl)');
  const cells = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zorgroute');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    const rows: unknown[] = [];
    for (const name of names) {
      rows.push(
        ...(await new Promise<unknown[]>((resolve) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => resolve(r.result as unknown[]);
        })),
      );
    }
    db.close();
    return JSON.stringify(rows);
  });
  expect(cells).toContain('route|kinderen-onderling');
});

test('in English: toddlers in childcare with signals at home, the protocol route and the meldcode block', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/');
  await switchToEnglish(page);
  const t = TEXT.en;
  await page.getByRole('group', { name: t.guide.start.sector }).locator('input[value="kinderopvang"]').check();
  await expectNoAxeViolations(page, 'start with the onderling entry (en)');
  await page.getByRole('button', { name: t.guide.onderlingStart.begin }).click();
  await answerByClick(page, 'en', 'onderling.soort', 'seksueel');
  await expect(page.getByText(t.onderling.questions.onderling.vlag.quoteTranslation)).toBeVisible();
  await answerByClick(page, 'en', 'onderling.vlag', 'geel');
  await answerByClick(page, 'en', 'onderling.zorgen', 'ja');
  await checkPage(page, 'en', t.guide.review.title, 'check your answers');
  await page.getByRole('button', { name: t.guide.review.confirm }).click();
  await checkPage(page, 'en', t.onderling.outcome.title, 'outcome');
  await expect(page.locator('[data-sector-group="kinderopvang"]')).toContainText(t.onderling.outcome.sector.kinderopvang[0]);
  await expect(page.getByRole('heading', { level: 2, name: t.onderling.outcome.meldcodeHeading })).toBeVisible();
  await page.getByRole('link', { name: t.onderling.outcome.meldcodeLink }).click();
  await expect(page.locator('h1')).toHaveText(t.guide.start.title_kinderopvang ?? t.guide.start.title);
});

test('in Dutch: behaviour that is not sexual skips the flags; a new case starts again', async ({ page }) => {
  test.setTimeout(120_000);
  // A direct link works too; the first page of a load keeps focus where it is (the skip link first),
  // so this walk begins from the start page like a user, and focus moves to each h1 after that.
  await page.goto('/#/onderling');
  await expect(page.locator('h1')).toHaveText(questionTitle('nl', 'onderling.soort'));
  await page.goto('/#/');
  const t = TEXT.nl;
  await page.getByRole('button', { name: t.guide.onderlingStart.begin }).click();
  await answerByClick(page, 'nl', 'onderling.soort', 'ander');
  await answerByClick(page, 'nl', 'onderling.zorgen', 'nee');
  await page.getByRole('button', { name: t.guide.review.confirm }).click();
  await checkPage(page, 'nl', t.onderling.outcome.title, 'outcome (not sexual)');
  await expect(page.locator('[data-route="kinderen-onderling"]')).toHaveAttribute('data-outcome', 'ander');
  await page.getByRole('button', { name: t.onderling.outcome.newCase }).click();
  await expect(page.locator('h1')).toHaveText(questionTitle('nl', 'onderling.soort'));
});

test('in Dutch: paused as an encrypted draft with a note, reloaded, resumed with the passphrase at the same question', async ({ page }) => {
  test.setTimeout(150_000);
  const t = TEXT.nl;
  const note = 'aanraken bij de wc zonder toestemming (bron: juf groep 4)';
  const secret = 'lange wachtzin voor de test';
  await page.goto('/#/');
  await page.getByRole('button', { name: t.guide.onderlingStart.begin }).click();
  await answerByClick(page, 'nl', 'onderling.soort', 'seksueel');
  // The flag asks for a judgement: a note for the dossier, and the pause link to the drafts page.
  await checkPage(page, 'nl', questionTitle('nl', 'onderling.vlag'), 'flag question with its note');
  await page.getByRole('textbox', { name: t.drafts.notes.kinds.flag.label }).fill(note);
  await page.locator('[data-question="onderling.vlag"] input[value="geel"]').check();
  await page.getByRole('link', { name: t.drafts.save.pauseLink }).click();
  await expect(page).toHaveURL(/#\/concepten$/);

  const save = page.locator('.zr-save-draft', { has: page.getByRole('heading', { name: t.drafts.save.heading_onderling }) });
  await save.locator('input[name="draft-label"]').fill('plein groep 4');
  await save.locator('input[name="draft-passphrase"]').fill(secret);
  await save.locator('input[name="draft-passphrase-confirm"]').fill(secret);
  await save.locator('button[type=submit]').click();
  await expect(save.getByTestId('draft-saved')).toContainText('plein groep 4', { timeout: 30_000 });
  await expectNoAxeViolations(page, 'drafts with an onderling case saved');

  // A reload drops the tab's memory (saved: no "leave site?" question); the draft opens with the passphrase.
  await page.reload();
  await page.locator('input[name="unlock-passphrase"]').fill(secret);
  await page.getByRole('button', { name: t.drafts.page.unlock }).click();
  const item = page.locator('.zr-draft', { has: page.getByRole('heading', { level: 3, name: 'plein groep 4' }) });
  await expect(item).toContainText(t.drafts.page.kindOnderling, { timeout: 30_000 });
  await item.getByRole('button', { name: t.drafts.page.open }).click();
  await expect(page).toHaveURL(/#\/onderling$/);
  await checkPage(page, 'nl', questionTitle('nl', 'onderling.vlag'), 'resumed at the flag question');
  await expect(page.getByRole('textbox', { name: t.drafts.notes.kinds.flag.label })).toHaveValue(note);
  // The answer before it came back too: "check your answers" lists it.
  await answerByClick(page, 'nl', 'onderling.vlag', 'geel');
  await answerByClick(page, 'nl', 'onderling.zorgen', 'nee');
  await expect(page.locator('h1')).toHaveText(t.guide.review.title);
  await expect(page.locator('main')).toContainText(t.onderling.answers.onderling.soort.seksueel);
});
