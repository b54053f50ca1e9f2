import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { locale } from './helpers';

/**
 * The content review page (#/inhoud), reached from the footer by keyboard: version and review date,
 * the table of texts, no axe violations, and the CSV download opens in Excel (BOM, `;`, CRLF) with
 * the columns to mark each row. In Dutch, then in English.
 */
const VERSION = /CONTENT_VERSION = '([^']+)'/.exec(readFileSync(new URL('../../content/version.ts', import.meta.url), 'utf8'))![1]!;

for (const lng of ['nl', 'en'] as const) {
  test(`content review page and CSV (${lng})`, async ({ page }) => {
    // axe on a table of every text (hundreds of rows) takes minutes on a loaded machine.
    test.setTimeout(240_000);
    const common = locale(lng, 'common');
    const review = locale(lng, 'review');
    await page.goto('/#/');
    if (lng === 'en') await page.getByRole('button', { name: locale('nl', 'common').language.switchTo }).click();
    const link = page.getByRole('contentinfo').getByRole('link', { name: common.nav.review });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: review.title })).toBeVisible();
    await expect(page.getByTestId('review-content-version')).toHaveText(VERSION);
    await expect(page.locator('tr[data-row-id="questions.triage.acuut.help"]')).toBeVisible();
    await expectNoAxeViolations(page, `review page (${lng})`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: review.download }).click()]);
    expect(download.suggestedFilename()).toBe(lng === 'nl' ? `zorgroute-inhoud-${VERSION}.csv` : `zorgroute-content-${VERSION}.csv`);
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.startsWith(`${review.meta.version};${VERSION}\r\n`)).toBe(true);
    expect(text).toContain(`;${review.columns.agreed};${review.columns.remark}\r\n`);
  });
}
