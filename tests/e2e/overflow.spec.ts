import { expect, test } from './fixtures';
import { SCREENS, settle } from './screens-plan';

/**
 * No horizontal scrolling on a small phone (360 px, WCAG 1.4.10 reflow): every main screen of
 * `npm run screens` (tests/e2e/screens-plan.ts), in Dutch and English, is no wider than the viewport.
 * Tables and charts that are wider scroll inside their own region, not the page.
 */
test.use({ viewport: { width: 360, height: 740 } });

for (const lng of ['nl', 'en'] as const) {
  test.describe(`no horizontal overflow at 360 px (${lng})`, () => {
    test.setTimeout(120_000);
    for (const screen of SCREENS) {
      test(screen.name, async ({ page }) => {
        await screen.reach(page, lng);
        await settle(page);
        const widths = await page.evaluate(() => ({
          document: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          // The elements that stick out, to say what to fix.
          culprits: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter((el) => !el.closest('[tabindex="0"][role="region"], .zr-visually-hidden, .zr-language__long'))
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
        }));
        expect(widths.document, `page wider than the viewport: ${widths.culprits.join(', ')}`).toBeLessThanOrEqual(widths.viewport);
      });
    }
  });
}
