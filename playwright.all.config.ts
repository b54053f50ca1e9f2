import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import e2e from './playwright.config';
import stories from './playwright.storybook.config';

/**
 * `npm test` runs the e2e tests (built app) and the story checks (built Storybook) in one Playwright
 * run: two projects on two ports, one pool of 2 workers (the machine's two cores), so a long suite
 * never leaves a core idle while the other waits. Each project keeps its own config's directory,
 * timeouts and parallelism; `PW_PROJECTS=e2e` or `=stories` runs one (when the other's build failed).
 * The configs themselves still run alone (`npx playwright test`, `-c playwright.storybook.config.ts`).
 */
const wanted = (process.env.PW_PROJECTS ?? 'e2e,stories').split(',');

function project(name: string, config: PlaywrightTestConfig) {
  return {
    name,
    testDir: config.testDir,
    ...(config.testMatch ? { testMatch: config.testMatch } : {}),
    timeout: config.timeout,
    expect: config.expect,
    fullyParallel: config.fullyParallel,
    use: config.use,
  };
}

const servers = (config: PlaywrightTestConfig) => (Array.isArray(config.webServer) ? config.webServer : config.webServer ? [config.webServer] : []);

const chosen = [
  { name: 'e2e', config: e2e },
  { name: 'stories', config: stories },
].filter((p) => wanted.includes(p.name));

export default defineConfig({
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'reports/playwright.json' }]],
  projects: chosen.map((p) => project(p.name, p.config)),
  webServer: chosen.flatMap((p) => servers(p.config)),
});
