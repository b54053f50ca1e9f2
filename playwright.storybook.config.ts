import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './playwright.config';

/**
 * The story test: every story of the built Storybook (storybook-static/, `npm run build-storybook`)
 * rendered in Debian's Chromium, failing on a render error, a page or console error, or an axe
 * violation. Served by a tiny static server (tests/stories/serve.mjs): no extra dependency.
 */
const PORT = Number(process.env.PW_STORYBOOK_PORT ?? 6007);
/** The built Storybook; another directory can be given for a trial build. */
const ROOT = process.env.STORYBOOK_STATIC ?? 'storybook-static';

export default defineConfig({
  testDir: 'tests/stories',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'reports/stories.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    command: `node tests/stories/serve.mjs ${PORT} ${ROOT}`,
    url: `http://localhost:${PORT}/index.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
