import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every e2e test uses this `test`: it records every request the page makes and fails the test if
 * any is not a same-origin GET of the app's own files (privacy: nothing leaves the device).
 */
export const test = base.extend<{ requests: { method: string; url: string }[]; dialogs: string[] }>({
  /**
   * The browser's "leave site?" question (beforeunload: a concern in progress and not saved) is
   * accepted, so a test may reload or leave; every dialog's type is recorded for tests that expect one.
   * Other dialogs are dismissed, as Playwright does when nobody listens.
   */
  dialogs: [
    async ({ page }, use) => {
      const seen: string[] = [];
      page.on('dialog', (dialog) => {
        seen.push(dialog.type());
        void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
      });
      await use(seen);
    },
    { auto: true },
  ],
  requests: [
    async ({ page, baseURL }, use) => {
      const seen: { method: string; url: string }[] = [];
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      page.on('request', (request) => {
        const url = request.url();
        // data: and blob: URLs never touch the network (downloads, generated images).
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        seen.push({ method: request.method(), url });
      });
      await use(seen);
      const offending = seen.filter((r) => r.method !== 'GET' || new URL(r.url).origin !== origin);
      expect(offending, 'requests other than same-origin GETs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe (WCAG 2.1 A/AA, 2.2 AA) on the page as it is and fails on any violation. */
export async function expectNoAxeViolations(page: Page, label = '') {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations ${label}`).toEqual([]);
}
