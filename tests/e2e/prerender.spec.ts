import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Pre-rendered first screens (issue 16): the built index.html carries the start page (and static
 * copies of the guide's first question, the report and training), so the first paint needs no
 * JavaScript; the start page is hydrated without a mismatch; the app works when its script is late.
 */

const locale = (ns: string) => JSON.parse(readFileSync(new URL(`../../content/locales/nl/${ns}.json`, import.meta.url), 'utf8'));
const common = locale('common');
const guide = locale('guide');
const training = locale('training');

/** Holds the entry script back until `release()`: the page shows what the HTML and CSS alone show. */
async function holdEntryScript(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the built index.html contains the start page: its heading and the acute exit', async () => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const root = html.slice(html.indexOf('<div id="root">'));
  // The words as the page shows them (the acute button keeps its numbers in no-break spans).
  const text = root.replace(/<[^>]+>/g, '');
  expect(text).toContain(guide.start.title);
  expect(text).toContain(common.acute.button);
  // The CSP stays strict: no inline script in the page.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('the web app manifest is not in the HTML (nothing fetches it before the first paint); the page links it once settled, and Chromium reads it', async ({ page }) => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  expect(html, 'no manifest link in the HTML (vite.config.ts, zorgroute-pwa-manifest-later)').not.toMatch(/rel="manifest"/);
  const manifestRequests: number[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/manifest.webmanifest')) manifestRequests.push(Date.now());
  });
  await page.goto('/');
  // Linked with the service worker, when the page has settled (load, 2 s, an idle moment).
  await expect(page.locator('head link[rel="manifest"]')).toHaveCount(1, { timeout: 20_000 });
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Zorgroute', display: 'standalone' });
  expect(manifestRequests.length, 'the manifest was fetched').toBeGreaterThan(0);
});

test('the start page is hydrated without a mismatch and then works', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
  });
  page.on('pageerror', (e) => messages.push(e.message));
  const release = await holdEntryScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeVisible();
  // Mark the server's heading: hydration keeps the node, a client redraw would replace it.
  await page.evaluate(() => ((window as unknown as { serverHeading: Element | null }).serverHeading = document.querySelector('main h1')));
  release();
  // Loading and hydrating the held script can take long on a loaded 2-core CI machine.
  await expect(page.locator('.zr-pre')).toHaveCount(0, { timeout: 30_000 });
  expect(
    await page.evaluate(() => (window as unknown as { serverHeading: Element | null }).serverHeading === document.querySelector('main h1')),
    'the pre-rendered heading is hydrated, not drawn again',
  ).toBe(true);
  // Interactive only once React owns the page: the acute panel opens on click.
  await page.getByRole('button', { name: common.acute.button }).click();
  await expect(page.getByRole('region', { name: common.acute.title })).toBeVisible();
  // Static copies of other routes are gone once the app drew its page.
  await expect(page.locator('.zr-pre, .zr-pre-anchor')).toHaveCount(0);
  expect(messages.filter((m) => /hydrat|did not match|mismatch/i.test(m))).toEqual([]);
});

test('remembered choices: hydration still matches and the start page shows them', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.addInitScript(() => {
    localStorage.setItem('zorgroute.prefs', JSON.stringify({ language: 'nl', sector: 'vo', role: 'trainer' }));
  });
  await page.goto('/');
  await expect(page.getByRole('radio', { name: common.sectors.vo, exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: common.userRoles.trainer, exact: true })).toBeChecked();
  expect(messages.filter((m) => /hydrat|did not match|mismatch/i.test(m))).toEqual([]);
});

test('with the script late, the start page and the first question paint from the HTML alone', async ({ page }) => {
  const release = await holdEntryScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeVisible();
  // The start page's own acute exit: until the stylesheet has arrived the copies of the other routes
  // (hidden by CSS) still count as shown, and an unscoped query found all four once in CI.
  await expect(page.locator('#root').getByRole('button', { name: common.acute.button })).toBeVisible();
  release();
  // Loading and hydrating the held script can take long on a loaded 2-core CI machine.
  await expect(page.locator('.zr-pre')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeVisible();
});

test('a guide link opened directly shows the first question before the script, then the live page', async ({ page }) => {
  const release = await holdEntryScript(page);
  await page.goto('/#/gids', { waitUntil: 'commit' });
  const question = page.getByRole('heading', { level: 1, name: guide.questions.triage.acuut.title });
  await expect(question).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: guide.start.title })).toBeHidden();
  release();
  await expect(page.locator('.zr-pre, .zr-pre-anchor')).toHaveCount(0, { timeout: 30_000 });
  await expect(question).toBeVisible();
  // The live page answers: choosing "nee" moves on to the next question.
  await page.getByRole('radio', { name: guide.answers.triage.acuut.nee, exact: true }).check();
  await page.getByRole('button', { name: common.actions.continue, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: guide.questions.triage.medewerker.title })).toBeVisible();
});

test('training opened directly shows its library before the script (not a loading state), then the live page', async ({ page }) => {
  // Layout shifts from the first paint on: the copy and the live page must look the same (styles, header accent).
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdEntryScript(page);
  await page.goto('/#/training', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1, name: training.page.title });
  await expect(heading).toBeVisible();
  // The real first screen: the shipped casus files listed, nothing still loading.
  const copy = page.locator('#zr-pre-training');
  await expect(copy.getByTestId('casus-library').locator('li').first()).toBeVisible();
  expect(await copy.locator('[data-loading]').count()).toBe(0);
  expect(await copy.getByTestId('casus-library').locator('li').count()).toBeGreaterThan(5);
  release();
  await expect(page.locator('.zr-pre, .zr-pre-anchor')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-entering]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'training');
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'layout shift when the app takes over').toBeLessThan(0.01);
  // The live library opens a casus.
  await page.getByTestId('casus-library').getByRole('button').first().click();
  await expect(page.getByTestId('casus-library')).toHaveCount(0);
});

/** The copy's first heading is marked before the script runs; the same node must be in #root after. */
async function openHeldAndMark(page: Page, hash: string) {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
  });
  page.on('pageerror', (e) => messages.push(e.message));
  const release = await holdEntryScript(page);
  await page.goto(`/${hash}`, { waitUntil: 'commit' });
  await expect(page.locator(`[id="zr-pre${hash.slice(1).replace(/\//g, '-')}"] h1`)).toBeVisible();
  await page.evaluate(
    (id) => ((window as unknown as { copyHeading: Element | null }).copyHeading = document.querySelector(`[id="${id}"] h1`)),
    `zr-pre${hash.slice(1).replace(/\//g, '-')}`,
  );
  release();
  await expect(page.locator('.zr-pre, .zr-pre-anchor')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('#root h1')).toBeVisible();
  const kept = await page.evaluate(() => {
    const marked = (window as unknown as { copyHeading: Element | null }).copyHeading;
    return Boolean(marked?.isConnected && marked === document.querySelector('#root h1'));
  });
  return { kept, messages };
}

for (const hash of ['#/gids', '#/verantwoording', '#/training']) {
  test(`a first visit to ${hash} hydrates the pre-rendered copy where it stands (no second drawing, no mismatch)`, async ({ page }) => {
    const { kept, messages } = await openHeldAndMark(page, hash);
    expect(kept, 'the pre-rendered heading is hydrated, not drawn again').toBe(true);
    expect(messages.filter((m) => /hydrat|did not match|mismatch/i.test(m))).toEqual([]);
    expect(await page.locator('#root').count()).toBe(1);
  });
}

test('with remembered choices the guide is drawn afresh and works', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('zorgroute.prefs', JSON.stringify({ language: 'nl', sector: 'vo' })));
  const { kept, messages } = await openHeldAndMark(page, '#/gids');
  expect(kept, 'drawn afresh: the sector may change what the page shows').toBe(false);
  expect(messages.filter((m) => /hydrat|did not match|mismatch/i.test(m))).toEqual([]);
  await page.getByRole('radio', { name: guide.answers.triage.acuut.nee, exact: true }).check();
  await page.getByRole('button', { name: common.actions.continue, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: guide.questions.triage.medewerker.title })).toBeVisible();
});

test('a choice made in the guide copy before the script ran is undone when the app takes over', async ({ page }) => {
  const release = await holdEntryScript(page);
  await page.goto('/#/gids', { waitUntil: 'commit' });
  const yes = page.locator('#zr-pre-gids input[type=radio]').first();
  await yes.check();
  release();
  await expect(page.locator('.zr-pre, .zr-pre-anchor')).toHaveCount(0, { timeout: 30_000 });
  // What shows is what the app holds: nothing chosen, and "Verder" asks for a choice.
  await expect(page.locator('#root input[type=radio]:checked')).toHaveCount(0);
  await page.getByRole('radio', { name: guide.answers.triage.acuut.nee, exact: true }).check();
  await page.getByRole('button', { name: common.actions.continue, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: guide.questions.triage.medewerker.title })).toBeVisible();
});

/** Holds a page chunk back: the entry has run (it asked for the chunk) but the app is not live yet. */
async function holdChunk(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let asked!: () => void;
  const wasAsked = new Promise<void>((r) => (asked = r));
  await page.route(pattern, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, wasAsked };
}

test('clicks on the start page before it is live are done once it is: a choice kept, the language switched', async ({ page }) => {
  const { release, wasAsked } = await holdChunk(page, /\/assets\/StartPage-[^/]+\.js$/);
  await page.goto('/', { waitUntil: 'commit' });
  await wasAsked;
  // The page is the build's HTML: the script runs, React has not taken it over.
  await page.locator('input[name="role"][value="ib"]').check();
  await page.getByRole('button', { name: common.language.switchTo }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  release();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 30_000 });
  const en = JSON.parse(readFileSync(new URL('../../content/locales/en/guide.json', import.meta.url), 'utf8'));
  await expect(page.getByRole('heading', { level: 1, name: en.start.title })).toBeVisible();
  // The role checked before hydration is the app's state, not just the box's: with a sector, "Begin" goes on.
  await expect(page.locator('input[name="role"][value="ib"]')).toBeChecked();
  await page.locator('input[name="sector"][value="po"]').check();
  await page.getByRole('button', { name: en.start.begin, exact: true }).click();
  await expect(page).toHaveURL(/#\/gids$/);
});

test('an answer given in the guide copy before it is live is kept, and "Verder" goes on once it is', async ({ page }) => {
  const { release, wasAsked } = await holdChunk(page, /\/assets\/GuideRoute-[^/]+\.js$/);
  await page.goto('/#/gids', { waitUntil: 'commit' });
  await wasAsked;
  // The build's copy of the first question, the script running, the guide not yet loaded.
  await page.locator('#zr-pre-gids input[type=radio][value="nee"]').check();
  await page.locator('#zr-pre-gids').getByRole('button', { name: common.actions.continue, exact: true }).click();
  release();
  await expect(page.getByRole('heading', { level: 1, name: guide.questions.triage.medewerker.title })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.zr-pre, .zr-pre-anchor')).toHaveCount(0);
});
