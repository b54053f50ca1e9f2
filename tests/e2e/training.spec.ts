import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_PARTNERS, QUESTION_IDS, ROUTES } from '../../machines/ids';
import { MAP_NODES } from '../../src/training/map/routeMap';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { addSchool, answer, startConcern, untilLiveTraining } from './helpers';

/**
 * Training mode in the built app, by keyboard: a trainer opens a shipped casus, steps forward and
 * back, reveals the expected answer and reaches the expected route; the real counters in IndexedDB
 * are the same afterwards. An own casus file with an unknown question id is refused, naming it.
 */

interface CasusFile {
  id: string;
  title: { nl: string; en: string };
  story: { nl: string; en: string };
  answers: [string, string][];
  expect: { route?: string; rejected?: string };
  rationale?: Record<string, { nl: string; en: string }>;
  alternatives?: Record<string, { value: string; rationale: { nl: string; en: string } }[]>;
}

const nl = (ns: string) => JSON.parse(readFileSync(`content/locales/nl/${ns}.json`, 'utf8'));
const guide = nl('guide');
const record = nl('record');
const common = nl('common');

/**
 * Real use first, so the counters hold something to compare: a school in the settings, then the
 * guide's shortest path (triage.acuut = ja) to its outcome, counted by the record panel.
 */
async function countOneRealConcern(page: Page) {
  await addSchool(page, 'De Linde');
  await startConcern(page);
  await answer(page, 'triage.acuut', 'ja');
  // Acute danger goes straight to the numbers and the record panel (no "check your answers").
  const panel = page.getByTestId('record-panel');
  await expect(panel.locator('input[name="rp-school"][value="de-linde"]')).toBeChecked();
  await panel.locator('input[name="rp-contacts"][value="ouder"]').check();
  await panel.locator('input[name="rp-activities"][value="gesprek"]').check();
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
  await untilLiveTraining(page);
  await expect(page.getByTestId('training-banner')).toContainText('Trainingsmodus — er wordt niets geteld of bewaard');
  const item = page.locator(`[data-casus="${casus.id}"]`);
  await expect(item).toContainText(casus.title.nl);
  // No spoilers: the library shows no expected route and no story.
  await expect(item).not.toContainText(guide.outcomes[casus.expect.route!].title);
  await expect(item).not.toContainText(casus.story.nl.slice(0, 40));
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
  await expect(page.locator('.zr-presenter__diagram [data-current]')).toHaveCount(1);
  await expect(page.getByTestId('route-map').locator('[data-current]')).toHaveCount(1);
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
  // The library is drawn inert while training is entered (and as the pre-rendered copy): a person
  // cannot use its file field then, but Playwright can fill a hidden input that is about to go.
  await untilLiveTraining(page);
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
  // One plain sentence in Dutch, the details folded below it.
  await expect(page.getByTestId('own-casus-sentence')).toHaveText('‘eigen-casus.json’ kan niet als casus worden geladen: onbekende vraag-id: stap9.foo.');
  await expect(alert.locator('details')).not.toHaveAttribute('open');
  await expect(alert).toContainText('Onbekende vraag-id: stap9.foo (bij answers[1][0])');
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

/** Every id a room must never read: question ids, state-like ids of the map, hyphenated routes and values. */
const ID_STRINGS = [
  ...QUESTION_IDS,
  ...MAP_NODES.filter((n) => /[A-Z0-9-]/.test(n)),
  ...ROUTES.filter((r) => r.includes('-')),
  ...Object.keys(DEFAULT_PARTNERS).filter((p) => p.includes('-')),
  'nee-veiligheid',
  'nee-contact',
  'veiligThuis',
  'meldplichtBestuur',
];

/** Story, question and map inside the window, and the smallest text of the map in CSS px. */
async function measureStage(page: Page) {
  return page.evaluate(() => {
    const inView = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return `${selector} missing`;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5 && r.height > 0
        ? 'ok'
        : `${selector} at ${Math.round(r.top)}..${Math.round(r.bottom)} of ${window.innerHeight}`;
    };
    let smallest = Infinity;
    const map = document.querySelector('[data-testid="route-map"]');
    const walker = document.createTreeWalker(map ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      const style = getComputedStyle(node.parentElement);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      smallest = Math.min(smallest, parseFloat(style.fontSize));
    }
    return {
      story: inView('[data-testid="stage-story"]'),
      question: inView('[data-testid="stage-question"]'),
      map: inView('[data-testid="route-map"]'),
      here: inView('[data-testid="route-map"] [data-current]'),
      scrolled: window.scrollY,
      pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
      smallest,
    };
  });
}

async function expectNoIds(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  const found = ID_STRINGS.filter((id) => text.includes(id));
  expect(found, `id strings visible in the ${where}`).toEqual([]);
}

const teaching = shipped.find((c) => c.id === 'vo-ouders-weigeren-hulp')!;

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presenter and audience at ${size.width}×${size.height}: readable, no ids, in step through a whole casus`, async ({ page, context }, testInfo) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await page.goto('/#/training');
    // The build's copy of the library is on screen before the app owns it: a click there does nothing.
    await untilLiveTraining(page);
    await page.locator(`[data-casus="${teaching.id}"]`).getByRole('button').click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect(page.getByTestId('route-map').locator('[data-current]')).toHaveCount(1);

    const presenter = await measureStage(page);
    expect(presenter, 'presenter: story, question and map on the first screen').toMatchObject({ story: 'ok', question: 'ok', map: 'ok', here: 'ok', scrolled: 0 });
    expect(presenter.smallest, 'smallest text in the presenter map').toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: testInfo.outputPath(`presenter-${size.width}.png`) });

    // The audience window, opened from the presenter.
    const popup = context.waitForEvent('page');
    await page.getByTestId('open-audience').click();
    const audience = await popup;
    await audience.setViewportSize(size);
    await expect(audience.getByTestId('audience')).toBeVisible();
    await expect(audience.locator('.zr-header')).toBeHidden();
    const room = await measureStage(audience);
    expect(room, 'audience: story, question and map in one screen, no page scroll').toMatchObject({
      story: 'ok',
      question: 'ok',
      map: 'ok',
      here: 'ok',
      pageScrolls: false,
    });
    expect(room.smallest, 'smallest text in the audience map').toBeGreaterThanOrEqual(18);
    await audience.screenshot({ path: testInfo.outputPath(`audience-${size.width}.png`) });

    // Through the whole casus: after every step both windows show the same question and the same
    // place on the map; the audience never shows an id, nor the trainer's notes.
    const total = teaching.answers.length;
    for (let i = 0; i <= total; i++) {
      if (i < total) {
        const question = await page.getByTestId('presenter-question').innerText();
        await expect(audience.getByTestId('stage-question').locator('.zr-stage__qtitle')).toHaveText(question);
      }
      const here = await page.getByTestId('route-map').locator('[data-current]').getAttribute('data-node');
      await expect(audience.getByTestId('route-map').locator('[data-current]')).toHaveAttribute('data-node', here!);
      await expectNoIds(audience, `audience window at answer ${i + 1}`);
      const measured = await measureStage(audience);
      expect(measured.smallest).toBeGreaterThanOrEqual(18);
      expect(measured.map, `map in view at answer ${i + 1}`).toBe('ok');
      expect(measured.here, `current node in view at answer ${i + 1}`).toBe('ok');
      if (i < total) {
        // Revealed: the trainer sees the rationale; the room sees only the answer marked.
        await page.keyboard.press('r');
        await expect(page.getByTestId('presenter-expected')).toBeVisible();
        const rationale = teaching.rationale?.[teaching.answers[i][0]];
        if (rationale) {
          await expect(page.getByTestId('presenter-rationale')).toContainText(rationale.nl);
          await expect(audience.getByTestId('audience')).not.toContainText(rationale.nl);
        }
        await expect(audience.locator('.zr-stage__option--expected')).toHaveCount(1);
        await page.keyboard.press('n');
      }
    }
    await expect(page.getByTestId('presenter-result').locator('[data-route]')).toHaveAttribute('data-route', teaching.expect.route!);
    await expect(audience.getByTestId('stage-question')).toContainText(guide.outcomes[teaching.expect.route!].title);
    await expect(audience.getByTestId('route-map').locator('[data-state="reached"]')).toHaveCount(1);
    await expectNoAxeViolations(audience, 'audience window at the end');
    await audience.screenshot({ path: testInfo.outputPath(`audience-end-${size.width}.png`) });

    // The end-of-casus box: the route name is not broken one word per line.
    const dd = page.getByTestId('presenter-result').locator('[data-route]');
    const box = await dd.boundingBox();
    const lineHeight = await dd.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box!.height, 'route name on at most two lines').toBeLessThanOrEqual(lineHeight * 2 + 1);
  });
}

test('a discussion moment: the room chooses otherwise, the casus says why, the trainer follows either', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/training');
  await untilLiveTraining(page);
  await page.locator(`[data-casus="${teaching.id}"]`).getByRole('button').click();
  const at = teaching.answers.findIndex(([q]) => q === 'afweging.2');
  for (let i = 0; i < at; i++) await page.keyboard.press('n');
  const popup = context.waitForEvent('page');
  await page.getByTestId('open-audience').click();
  const audience = await popup;
  await expect(audience.getByTestId('audience')).toBeVisible();

  // The casus answers nee; the room says ja (an alternative the casus accepts, with its reason).
  await page.getByTestId('stage-question').getByRole('button', { name: guide.answers.afweging['2'].ja, exact: true }).click();
  const discussion = page.getByTestId('presenter-discussion');
  await expect(discussion).toContainText('De groep kiest ‘Ja’; de casus kiest ‘Nee’.');
  await expect(discussion).toContainText(teaching.rationale!['afweging.2'].nl);
  await expect(discussion).toContainText(teaching.alternatives!['afweging.2'][0].rationale.nl);
  await expect(audience.getByTestId('audience-discussion')).toContainText(teaching.rationale!['afweging.2'].nl);
  await expectNoAxeViolations(page, 'presenter with a discussion');

  // Follow the casus: the next question is the casus' own.
  await discussion.getByRole('button', { name: 'Verder met het antwoord van de casus' }).click();
  await expect(page.getByTestId('presenter-progress')).toHaveText(`Antwoord ${at + 2} van ${teaching.answers.length}`);
  await expect(audience.getByTestId('audience-discussion')).toHaveCount(0);

  // Back, and follow the room: the walk leaves the casus, and says so.
  await page.keyboard.press('b');
  await page.getByTestId('stage-question').getByRole('button', { name: guide.answers.afweging['2'].ja, exact: true }).click();
  await page.getByRole('button', { name: 'Verder met het antwoord van de groep' }).click();
  await expect(page.getByTestId('presenter-question')).toHaveText(guide.questions.melden.geinformeerd.title);
  await expect(page.getByTestId('stage-question')).toContainText('Jullie volgen het antwoord van de groep');
  await expect(audience.getByTestId('route-map').locator('[data-node="afweging2"]')).toContainText('✓ ja');
});

test('an own casus file that is not JSON: one plain sentence in the page\'s language (English here)', async ({ page }) => {
  await page.goto('/#/training');
  await untilLiveTraining(page);
  await page.getByRole('button', { name: common.language.switchTo }).click();
  await expect(page.getByTestId('training-banner')).toContainText('Training mode');
  await page.getByTestId('own-casus-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "id": "x",\n}') });
  await expect(page.getByTestId('own-casus-sentence')).toHaveText(
    '‘broken.json’ cannot be loaded as a case: the file is not valid JSON: something is wrong at line 3, column 1.',
  );
  await expect(page.getByTestId('own-casus-errors').locator('summary')).toHaveText('All problems in the file (1)');
});
