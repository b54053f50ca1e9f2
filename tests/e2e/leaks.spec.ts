import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { untilLiveTraining } from './helpers';

/**
 * The leaks a browser adds (issue 13, "Medium and low"), proven in Chromium against the built app
 * served with the security headers of docs/nginx.conf:
 *
 * - passphrase fields are not password fields, and carry every password-manager opt-out;
 * - document.title on guide, drafts and training pages names no question, route or casus;
 * - the idle lock clears unlocked drafts and the remembered passphrase (the clock is fast-forwarded);
 * - oversized and over-long imports are refused with one plain sentence and change nothing;
 * - a settings file that weakens privacy shows what changes and asks first.
 */

type Json = Record<string, any>;
const locale = (ns: string): Json =>
  JSON.parse(readFileSync(new URL(`../../content/locales/nl/${ns}.json`, import.meta.url), 'utf8'));
const guide = locale('guide');
const common = locale('common');
const drafts = locale('drafts');
const settings = locale('settings');

const PASSPHRASE = 'paard batterij nietje lamp';

async function startConcern(page: Page) {
  await page.goto('/');
  await page.locator('input[type="radio"][value="ib"]').check();
  await page.locator('input[type="radio"][value="po"]').check();
  await page.getByRole('button', { name: guide.start.begin, exact: true }).click();
  await expect(page).toHaveURL(/#\/gids$/);
}

/** Answers the question on screen and continues. */
async function answer(page: Page, question: string, value: string) {
  const form = page.locator(`[data-question="${question}"]`);
  await expect(form).toBeVisible();
  await form.locator(`input[type="radio"][value="${value}"]`).check();
  await form.getByRole('button', { name: common.actions.continue, exact: true }).click();
}

/** The title must be the neutral one and must not contain what the page's heading says. */
async function expectNeutralTitle(page: Page, neutral: string) {
  const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
  const title = await page.title();
  expect(title).toBe(`${neutral} – ${common.app.name}`);
  if (h1 !== neutral) expect(title, `title shows the heading "${h1}"`).not.toContain(h1);
}

async function saveDraftOnDraftsPage(page: Page, label: string) {
  await page.getByRole('link', { name: common.nav.drafts, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: drafts.page.title })).toBeVisible();
  const panel = page.locator('.zr-save-draft');
  await panel.getByLabel(drafts.save.label).fill(label);
  await panel.locator('input[name="draft-passphrase"]').fill(PASSPHRASE);
  await panel.locator('input[name="draft-passphrase-confirm"]').fill(PASSPHRASE);
  await panel.getByRole('button', { name: drafts.save.submit }).click();
  // The confirmation names the draft, then the day it will be deleted.
  await expect(panel.getByText(/Het wordt verwijderd op /)).toBeVisible({ timeout: 30_000 });
}

test.describe.configure({ timeout: 180_000 });

test('passphrase fields are not offered to a password manager, and the hint says not to store it', async ({ page }) => {
  await startConcern(page);
  await answer(page, 'triage.acuut', 'nee');
  await saveDraftOnDraftsPage(page, 'groep 6 dinsdag');

  // The saved draft is listed locked, with the unlock field; the save panel still has its two fields.
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: /^Concept — verloopt op / })).toBeVisible();
  const fields = page.locator('input[name="unlock-passphrase"]');
  await expect(fields).toHaveCount(1);
  await startConcern(page);
  await answer(page, 'triage.acuut', 'nee');
  await page.getByRole('link', { name: common.nav.drafts, exact: true }).click();
  const all = page.locator('input[name="unlock-passphrase"], input[name="draft-passphrase"], input[name="draft-passphrase-confirm"]');
  await expect(all).toHaveCount(3);
  // No password field anywhere: browsers offer to save and sync whatever is typed into one.
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  for (let i = 0; i < 3; i++) {
    const input = all.nth(i);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(input).toHaveAttribute('autocomplete', 'off');
    await expect(input).toHaveAttribute('spellcheck', 'false');
    await expect(input).toHaveAttribute('data-1p-ignore', 'true');
    await expect(input).toHaveAttribute('data-lpignore', 'true');
    await expect(input).toHaveAttribute('data-bwignore', 'true');
    await expect(input).toHaveAttribute('data-form-type', 'other');
    // Masked on screen like a password field.
    expect(await input.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('disc');
  }
  await expect(page.getByText(drafts.save.passphraseHint)).toBeVisible();
  await expect(page.getByText(drafts.page.unlockHint)).toBeVisible();
  expect(drafts.save.passphraseHint).toContain('niet in je browser of wachtwoordbeheerder');
});

test('titles on guide, drafts and training pages name no question, route or casus', async ({ page }) => {
  await startConcern(page);
  await expectNeutralTitle(page, common.nav.guide);
  // A question with an error keeps the error in the title, still without the question.
  await page.locator('[data-question="triage.acuut"]').getByRole('button', { name: common.actions.continue, exact: true }).click();
  await expect.poll(() => page.title()).toBe(`${common.errors.summaryTitle}: ${common.nav.guide} – ${common.app.name}`);
  await answer(page, 'triage.acuut', 'nee');
  await expectNeutralTitle(page, common.nav.guide);
  await answer(page, 'triage.medewerker', 'nee');
  await answer(page, 'triage.signalen', 'nee');
  await answer(page, 'steun.advies', 'ja');
  // The review page, then the outcome page: the route is on screen, not in the title.
  await expect(page.getByRole('heading', { level: 1, name: guide.review.title })).toBeVisible();
  await expectNeutralTitle(page, common.nav.guide);
  await page.getByRole('button', { name: guide.review.confirm }).click();
  await expect(page.locator('[data-route]')).toBeVisible();
  await expectNeutralTitle(page, common.nav.guide);
  expect(await page.title()).not.toMatch(/advies/i);

  await page.getByRole('link', { name: common.nav.drafts, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: drafts.page.title })).toBeVisible();
  await expectNeutralTitle(page, common.nav.drafts);

  await page.goto('/#/training');
  await untilLiveTraining(page);
  await expect(page.getByTestId('training-banner')).toBeVisible();
  await expectNeutralTitle(page, common.nav.training);
  // The presenter's heading carries the casus title; the browser's title does not.
  await page.locator('[data-casus]').first().getByRole('button').first().click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expectNeutralTitle(page, common.nav.training);
});

test('the idle lock clears unlocked drafts and the remembered passphrase', async ({ page }) => {
  test.setTimeout(360_000);
  await page.clock.install();
  // A lock shorter than the default (5): the setting is what the lock uses.
  await page.goto('/#/instellingen');
  await page.getByLabel(settings.privacy.idleLock).fill('3');
  await page.getByRole('button', { name: settings.privacy.save }).click();
  await expect(page.getByText(settings.saved, { exact: true }).first()).toBeVisible();

  await startConcern(page);
  await answer(page, 'triage.acuut', 'nee');
  await saveDraftOnDraftsPage(page, 'groep 7 donderdag');
  // Saved in this tab: updating needs no passphrase. Leave and come back (the list is read on opening).
  await page.getByRole('link', { name: common.nav.guide, exact: true }).click();
  await page.getByRole('link', { name: common.nav.drafts, exact: true }).click();
  const panel = page.locator('.zr-save-draft');
  await expect(panel.getByRole('button', { name: drafts.save.update })).toBeVisible();
  await expect(panel.locator('input[name="update-passphrase"]')).toHaveCount(0);
  await page.locator('input[name="unlock-passphrase"]').fill(PASSPHRASE);
  await page.getByRole('button', { name: drafts.page.unlock }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'groep 7 donderdag' })).toBeVisible({ timeout: 60_000 });

  // Three minutes and a bit without input.
  await page.clock.fastForward('03:05');
  await expect(page.getByText(drafts.page.lockedIdle)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'groep 7 donderdag' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: /^Concept — verloopt op / })).toBeVisible();
  await expect(page.locator('.zr-draft-list')).not.toContainText('groep 7 donderdag');
  // The remembered passphrase is gone: updating asks for it again.
  await expect(panel.getByRole('button', { name: drafts.save.update })).toBeVisible();
  await expect(panel.locator('input[name="update-passphrase"]')).toBeVisible();
  await expect(panel.getByText(drafts.save.lockedIdle)).toBeVisible();
  // A wrong passphrase does not overwrite the draft; the right one updates it.
  await panel.locator('input[name="update-passphrase"]').fill('verkeerde wachtzin hier');
  await panel.getByRole('button', { name: drafts.save.update }).click();
  await expect(panel.getByText(drafts.errors.decrypt)).toBeVisible({ timeout: 30_000 });
  await panel.locator('input[name="update-passphrase"]').fill(PASSPHRASE);
  await panel.getByRole('button', { name: drafts.save.update }).click();
  await expect(panel.getByText(/Concept bijgewerkt\./)).toBeVisible({ timeout: 60_000 });
});

/** The stored settings as the page reads them (IndexedDB `zorgroute`, table `settings`). */
async function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('zorgroute');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('settings', 'readonly').objectStore('settings').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(Object.fromEntries((all.result as { key: string; value: unknown }[]).map((r) => [r.key, r.value])));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
const padded = (name: string, bytes: number) => ({ name, mimeType: 'application/json', buffer: Buffer.alloc(bytes, 0x20) });

test('oversized and over-long imports are refused with one plain sentence and change nothing', async ({ page }) => {
  await page.goto('/#/instellingen');
  await page.getByLabel(settings.organisation.label).fill('Welstad');
  await page.getByRole('button', { name: settings.organisation.save }).click();
  await expect(page.getByText(settings.saved, { exact: true }).first()).toBeVisible();
  const before = await storedSettings(page);

  // Settings file: larger than a settings file can be.
  await page.getByTestId('settings-file').setInputFiles(padded('groot.json', 2 * 1024 * 1024 + 1));
  const settingsError = page.getByTestId('settings-file-error');
  await expect(settingsError).toContainText('groot.json is niet geïmporteerd en er is niets veranderd, want het is groter dan 2 MB');
  // A wrong file: no raw validator output, no English.
  await page.getByTestId('settings-file').setInputFiles(json('leeg.json', {}));
  await expect(settingsError).toContainText('leeg.json is niet geïmporteerd en er is niets veranderd, want het is geen instellingenbestand van Zorgroute');
  await expect(settingsError).not.toContainText(/Invalid input|expected|received/);
  await expect(settingsError.locator('summary')).toHaveText(common.import.details);

  // Sociale kaart: too large, and a text over its bound.
  await page.getByTestId('settings-kaart-file').setInputFiles(padded('kaart-groot.json', 1024 * 1024 + 1));
  const kaartError = page.getByTestId('settings-kaart-error');
  await expect(kaartError).toContainText('kaart-groot.json is niet geïmporteerd en er is niets veranderd, want het is groter dan 1 MB');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: settings.kaart.export }).click()]);
  const kaart = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  kaart.services[0].description = 'x'.repeat(2001);
  await page.getByTestId('settings-kaart-file').setInputFiles(json('kaart-lang.json', kaart));
  await expect(kaartError).toContainText('kaart-lang.json is niet geïmporteerd en er is niets veranderd, want er staan fouten in');
  await expect(kaartError).toContainText('services[0].description: hoogstens 2000 tekens');
  await expect(page.getByTestId('settings-kaart')).toContainText(settings.kaart.default);
  expect(await storedSettings(page)).toEqual(before);

  // Counts: larger than a counts file can be.
  await page.goto('/#/verantwoording');
  await page.getByTestId('import-counts').setInputFiles(padded('tellingen.json', 20 * 1024 * 1024 + 1));
  const countsError = page.getByTestId('import-error');
  await expect(countsError).toContainText('tellingen.json is groter dan 20 MB en dus geen tellingenbestand');
  // A broken one: the details are Dutch and folded away.
  await page.getByTestId('import-counts').setInputFiles(json('kapot.json', { format: 'zorgroute-counts', version: 1, schools: 'x' }));
  await expect(countsError).toContainText('kapot.json is beschadigd of met de hand aangepast');
  await expect(countsError.locator('summary')).toHaveText(common.import.details);
  await expect(countsError).not.toContainText(/expected|Technical/);

  // Casus: too large, and a story over its bound.
  await page.goto('/#/training');
  // The library is inert while training is entered (and as the pre-rendered copy): wait for the live one.
  await untilLiveTraining(page);
  const casusInput = page.getByTestId('own-casus-input');
  await casusInput.setInputFiles(padded('casus-groot.json', 256 * 1024 + 1));
  await expect(page.getByTestId('own-casus-sentence')).toContainText('casus-groot.json’ kan niet als casus worden geladen: het bestand is groter dan 256 kB');
  const casus = { id: 'x', title: { nl: 'X', en: 'X' }, sector: 'po', story: { nl: 'x'.repeat(20_001), en: '' }, answers: [], expect: { route: 'advies' } };
  await casusInput.setInputFiles(json('casus-lang.json', casus));
  await expect(page.getByTestId('own-casus-sentence')).toContainText('hoogstens 20000 tekens');

  await page.goto('/#/instellingen');
  expect(await storedSettings(page)).toEqual(before);
});

test('a settings file that weakens privacy shows what changes and asks first', async ({ page }) => {
  await page.goto('/#/instellingen');
  await expect(page.getByTestId('settings-file-status')).toBeVisible();
  const before = await storedSettings(page);
  const weaker = {
    format: 'zorgroute-settings',
    version: 1,
    organisation: 'Welstad',
    schools: [{ id: 'de-linde', name: 'De Linde', type: 'po' }],
    suppressionThreshold: 5,
    draftExpiryDays: 365,
    idleLockMinutes: 60,
  };
  await page.getByTestId('settings-file').setInputFiles(json('zwakker.json', weaker));
  const review = page.getByTestId('settings-review');
  await expect(review).toContainText('Dit verandert er als je zwakker.json importeert');
  const warning = page.getByTestId('settings-weaker');
  await expect(warning).toContainText(settings.share.review.weakerTitle);
  await expect(warning).toContainText('De drempel gaat omlaag van 10 naar 5');
  await expect(warning).toContainText('365 in plaats van 42 dagen');
  await expect(warning).toContainText('60 in plaats van 5 minuten');
  // Nothing is stored while it asks; cancelling keeps everything.
  expect(await storedSettings(page)).toEqual(before);
  await review.getByRole('button', { name: common.actions.cancel }).click();
  await expect(page.getByText(settings.share.cancelled)).toBeVisible();
  expect(await storedSettings(page)).toEqual(before);

  // Asked again and confirmed: now it is stored.
  await page.getByTestId('settings-file').setInputFiles(json('zwakker.json', weaker));
  await page.getByTestId('settings-review').getByRole('button', { name: settings.share.review.confirmWeaker }).click();
  await expect(page.getByText('De instellingen zijn geïmporteerd: 1 school.')).toBeVisible();
  const after = await storedSettings(page);
  expect(after.suppressionThreshold).toBe(5);
  expect(after.draftExpiryDays).toBe(365);
  expect(after.idleLockMinutes).toBe(60);
});
