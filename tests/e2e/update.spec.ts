import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, expectNoAxeViolations, test as base } from './fixtures';
import { NL, untilControlled } from './helpers';

/**
 * A new version deployed while the app is open (issue 7): the new service worker installs and
 * waits, the page asks "Er is een nieuwe versie. Bijwerken?", and nothing reloads until the user
 * says so. Each test serves its own copy of the build (dist/), so "deploying" can change the copy's
 * sw.js — one byte more is what makes a browser install a new service worker — without touching
 * the build other tests use.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const test = base.extend<{ deployment: { url: string; deployNewVersion(): void } }>({
  deployment: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'zorgroute-deploy-'));
    cpSync('dist', dir, { recursive: true });
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await use({ url, deployNewVersion: () => appendFileSync(join(dir, 'sw.js'), '\n// next version\n') });
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ deployment }, use) => use(deployment.url),
});

const { pwa, guide, common } = NL;


test.describe.configure({ timeout: 150_000 });

test('a new version waits for the user; with a concern in progress the prompt warns, and only the click reloads', async ({
  page,
  deployment,
}) => {
  await page.goto('/#/gids');
  await untilControlled(page);
  await page.goto('/#/gids');
  await expect(page.locator('[data-question="triage.acuut"]')).toBeVisible();

  // A concern in progress: one answer given.
  await page.getByRole('radio', { name: guide.answers.triage.acuut.nee, exact: true }).check();
  await page.getByRole('button', { name: common.actions.continue, exact: true }).click();
  await expect(page.locator('[data-question="triage.medewerker"]')).toBeVisible();
  // Survives only as long as this document does: gone after any reload.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // Deploy a new version and let the page check for it (the app also asks hourly).
  deployment.deployNewVersion();
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())!.update();
  });

  const prompt = page.getByRole('region', { name: pwa.update.question });
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await expect(prompt).toContainText(pwa.update.inProgress);
  await expectNoAxeViolations(page, 'update prompt');

  // No reload by itself: same document, same question, the answer still there.
  await page.waitForTimeout(2_000);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.locator('[data-question="triage.medewerker"]')).toBeVisible();

  // "Later" hides it and still reloads nothing.
  await prompt.getByRole('button', { name: pwa.update.later, exact: true }).click();
  await expect(prompt).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('without a concern in progress the prompt offers "Bijwerken", and the click loads the new version', async ({ page, deployment }) => {
  await page.goto('/');
  await untilControlled(page);
  const before = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  deployment.deployNewVersion();
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())!.update();
  });

  const prompt = page.getByRole('region', { name: pwa.update.question });
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await expect(prompt).not.toContainText(pwa.update.inProgress);
  const waitingBefore = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null);
  expect(waitingBefore).toBe(true);

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: pwa.update.update, exact: true }).click()]);
  // A new document, controlled by the new worker; nothing waits any more.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting === null)).toBe(true);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL)).toBe(before);
  await expect(page.getByRole('region', { name: pwa.update.question })).toHaveCount(0);
});
