import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { addSchool, answer, startConcern } from './helpers';

/**
 * Training mode in the built app, by keyboard: a trainer opens a shipped casus, steps forward and
 * back, reveals the expected answer and reaches the expected route; the real counters in IndexedDB
 * are the same afterwards. An own casus file with an unknown question id is refused, naming it.
 */

interface CasusFile {
  id: string;
  title: { nl: string; en: string };
  answers: [string, string][];
  expect: { route?: string; rejected?: string };
}

const nl = (ns: string) => JSON.parse(readFileSync(`content/locales/nl/${ns}.json`, 'utf8'));
const guide = nl('guide');
const record = nl('record');

/**
 * Real use first, so the counters hold something to compare: a school in the settings, then the
 * guide's shortest path (triage.acuut = ja) to its outcome, counted by the record panel.
 */
async function countOneRealConcern(page: Page) {
  await addSchool(page, 'De Linde');
  await startConcern(page);
  await answer(page, 'triage.acuut', 'ja');
  await page.getByRole('button', { name: guide.review.confirm, exact: true }).click();
  const panel = page.getByTestId('record-panel');
  await expect(panel.locator('input[name="rp-school"][value="de-linde"]')).toBeChecked();
  await panel.locator('input[name="rp-contacts"][value="ouder"]').check();
  await panel.getByRole('button', { name: record.submit, exact: true }).click();
  await expect(panel.getByRole('button', { name: record.counted, exact: true })).toBeDisabled();
}

const CASES_DIR = 'content/cases';
const shipped: CasusFile[] = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`${CASES_DIR}/${f}`, 'utf8')) as CasusFile);

/** A casus through the meldcode to a route, long enough to go back and forth in. */
const casus =
  shipped.find((c) => c.id === 'meldcode-thuissituatie') ??
  shipped.filter((c) => c.expect.route && c.answers.length >= 4).sort((a, b) => b.answers.length - a.answers.length)[0];

/**
 * Reads every row of the counters store without creating the database: opening a name that does
 * not exist would create an empty version-1 database behind Dexie's back.
 */
async function readCounters(page: Page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('zorgroute')) return { exists: false, stores: [] as string[], rows: [] as unknown[] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zorgroute');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    let rows: unknown[] = [];
    if (stores.includes('counters')) {
      rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('counters', 'readonly').objectStore('counters').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return { exists: true, stores, rows };
  });
}

test('a trainer plays a shipped casus by keyboard and nothing is counted', async ({ page }) => {
  // Three axe runs over large pages (the diagram is ~50 states) take long on a busy machine.
  test.setTimeout(180_000);
  expect(casus, 'a shipped casus with a route and at least four answers').toBeDefined();
  await countOneRealConcern(page);
  const before = await readCounters(page);
  expect(before.rows.length, 'the real concern was counted').toBeGreaterThan(0);

  await page.goto('/#/training');
  await expect(page.getByTestId('training-banner')).toContainText('Trainingsmodus — er wordt niets geteld of bewaard');
  const item = page.locator(`[data-casus="${casus.id}"]`);
  await expect(item).toContainText(casus.title.nl);
  await expect(item).toContainText(casus.expect.route!);
  await expectNoAxeViolations(page, 'training library');

  // Open by keyboard: focus the casus's button and press Enter.
  await item.getByRole('button').focus();
  await page.keyboard.press('Enter');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(casus.title.nl);
  const progress = page.getByTestId('presenter-progress');
  const total = casus.answers.length;
  await expect(progress).toHaveText(`Antwoord 1 van ${total}`);
  // The shortcuts are on screen.
  await expect(presenter.locator('kbd', { hasText: 'N' })).toBeVisible();
  await expect(presenter.locator('kbd', { hasText: 'Home' })).toBeVisible();

  // First question: "what would you answer?", the expected answer hidden until revealed.
  await expect(page.getByTestId('presenter-question')).not.toBeEmpty();
  await expect(page.getByTestId('presenter-expected')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(page.getByTestId('presenter-expected')).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByTestId('presenter-expected')).toHaveCount(0);

  // Forward two, back one, forward again: the machine follows (progress is the machine's answers).
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText(`Antwoord 2 van ${total}`);
  await page.keyboard.press('n');
  await expect(progress).toHaveText(`Antwoord 3 van ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(progress).toHaveText(`Antwoord 2 van ${total}`);
  await page.keyboard.press('b');
  await expect(progress).toHaveText(`Antwoord 1 van ${total}`);

  // Home restarts; then through every answer, revealing each with Space before moving on.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Home');
  await expect(progress).toHaveText(`Antwoord 1 van ${total}`);
  await page.locator('body').focus();
  for (let i = 0; i < total; i++) {
    await expect(progress).toHaveText(`Antwoord ${i + 1} van ${total}`);
    await page.keyboard.press(' ');
    await expect(page.getByTestId('presenter-expected')).toBeVisible();
    await page.keyboard.press('ArrowRight');
  }
  const result = page.getByTestId('presenter-result');
  await expect(result).toBeVisible();
  await expect(result.locator('[data-route]')).toHaveAttribute('data-route', casus.expect.route!);
  await expect(page.getByTestId('presenter-match')).toContainText('komt overeen');

  // The diagram beside it: the current state highlighted, the steps as text.
  await page.getByRole('button', { name: 'Toon het stroomschema' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('diagram-svg')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-current]')).toHaveCount(1);
  await expect(page.getByTestId('diagram-steps').locator('li')).toHaveCount(total);
  await expect(page.locator('[data-taken]')).toHaveCount(total);
  await expectNoAxeViolations(page, 'presenter with diagram');

  const after = await readCounters(page);
  expect(after).toEqual(before);
  expect(after.rows).toHaveLength(before.rows.length);

  // Leaving training returns to real use.
  await page.getByRole('button', { name: 'Training verlaten' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByTestId('training-banner')).toHaveCount(0);
  expect(await readCounters(page)).toEqual(before);
});

test('an own casus file with an unknown question id is refused with a message naming it', async ({ page }) => {
  await page.goto('/#/training');
  const own = {
    id: 'eigen-casus',
    title: { nl: 'Eigen casus', en: 'Own case' },
    sector: 'po',
    story: { nl: 'Fictief.', en: 'Fictional.' },
    answers: [
      ['triage.acuut', 'nee'],
      ['stap9.foo', 'ja'],
    ],
    expect: { route: 'advies' },
  };
  await page.getByTestId('own-casus-input').setInputFiles({
    name: 'eigen-casus.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own)),
  });
  const alert = page.getByTestId('own-casus-errors');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Onbekende vraag-id: stap9.foo');
  await expect(alert).toContainText('eigen-casus.json');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expectNoAxeViolations(page, 'own casus error');

  // A valid own file opens in the presenter.
  own.answers = [
    ['triage.acuut', 'nee'],
    ['triage.medewerker', 'ja'],
  ];
  own.expect = { route: 'meldplicht-bestuur' };
  await page.getByTestId('own-casus-input').setInputFiles({
    name: 'eigen-casus.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own)),
  });
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(page.getByTestId('presenter-result').locator('[data-route]')).toHaveAttribute('data-route', 'meldplicht-bestuur');
});
