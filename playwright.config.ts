import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './scripts/chromium-flags.mjs';

/**
 * End-to-end tests run in Debian's Chromium (no browser download) against the built app served by
 * `vite preview`, started with the project's Chromium flags (scripts/chromium-flags.mjs: nothing but
 * localhost resolves, so a stray network call fails loudly instead of leaving the machine).
 */
export { chromiumArgs };

// PW_PORT lets a second run (a CI rehearsal beside a developer's own) use another port.
const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    serviceWorkers: 'allow',
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
