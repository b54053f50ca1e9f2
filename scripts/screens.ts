/**
 * `npm run screens`: screenshots of the main screens (tests/e2e/screens-plan.ts) at a laptop and a
 * phone size, in Dutch and English, into screens/ (gitignored), so anyone can look at the app without
 * clicking through it. Runs the built app (dist/, `npm run screens` builds first) in `vite preview` on
 * a port of its own (SCREENS_PORT, default 4180) and Debian's Chromium, as the e2e tests do.
 *
 *   npm run screens                         all screens, both sizes, both languages
 *   npx tsx scripts/screens.ts start report only these screens (build first yourself)
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { SCREENS, settle, type Lng } from '../tests/e2e/screens-plan';

const PORT = Number(process.env.SCREENS_PORT ?? 4180);
const OUT = process.env.SCREENS_DIR ?? 'screens';
const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LANGUAGES: Lng[] = ['nl', 'en'];

async function waitForServer(url: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

async function main() {
  const only = process.argv.slice(2);
  const screens = only.length > 0 ? SCREENS.filter((s) => only.includes(s.name)) : SCREENS;
  mkdirSync(OUT, { recursive: true });
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  const baseURL = `http://localhost:${PORT}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  let failed = 0;
  try {
    await waitForServer(baseURL);
    for (const lng of LANGUAGES) {
      for (const size of SIZES) {
        for (const screen of screens) {
          // A fresh context per screen: no storage left from the screen before (a first day).
          const context = await browser.newContext({
            baseURL,
            viewport: { width: size.width, height: size.height },
            serviceWorkers: 'block',
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          const file = join(OUT, `${screen.name}-${size.name}-${lng}.png`);
          try {
            await screen.reach(page, lng);
            await settle(page);
            await page.screenshot({ path: file, fullPage: true });
            console.log(`wrote ${file}`);
          } catch (error) {
            failed++;
            console.error(`FAILED ${file}: ${error instanceof Error ? error.message : String(error)}`);
          } finally {
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  if (failed > 0) {
    console.error(`${failed} screen(s) failed`);
    process.exitCode = 1;
  }
}

void main();
