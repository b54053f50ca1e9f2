import { expect, test } from './fixtures';
import { helpPath } from '../../machines/walks';
import { NL, addSchool, answer, startConcern } from './helpers';

/**
 * One concern is counted once (issue 11.3: "already counted" has one home, the concern's notes): a
 * concern counted on the waiting page (help runs, route intern) shows "Geteld" on the evaluation's
 * outcome in the same session, without a second registration.
 */

const { guide, record } = NL;

const TO_WAITING = helpPath('gezinscoaching');

test('a concern counted while help runs is not offered for counting again after the evaluation', async ({ page }) => {
  test.setTimeout(120_000);
  await addSchool(page, 'De Linde');
  await startConcern(page);
  for (const [question, value] of TO_WAITING) await answer(page, question, value);
  await page.getByRole('button', { name: guide.review.confirm, exact: true }).click();
  await expect(page.locator('[data-route]')).toHaveAttribute('data-outcome', 'waiting');

  const panel = page.getByTestId('record-panel');
  await expect(panel.locator('input[name="rp-school"][value="de-linde"]')).toBeChecked();
  await panel.locator('input[name="rp-contacts"][value="ouder"]').check();
  // What was done is required, as in quick registration (issue 12).
  await panel.locator('input[name="rp-activities"][value="gesprek"]').check();
  await panel.getByRole('button', { name: record.submit, exact: true }).click();
  await expect(panel.getByRole('button', { name: record.counted, exact: true })).toBeDisabled();

  // Weeks later, in the same session: evaluate, the results were reached, the concern closes.
  await page.getByRole('button', { name: guide.waiting.evaluate, exact: true }).click();
  await answer(page, 'afweging.5', 'ja');
  await page.getByRole('button', { name: guide.review.confirm, exact: true }).click();
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'afgesloten');
  const again = page.getByTestId('record-panel');
  await expect(again.getByRole('button', { name: record.counted, exact: true })).toBeDisabled();
  await expect(again.getByRole('button', { name: record.submit, exact: true })).toHaveCount(0);

  // Storage holds one registration for the school this month, not two.
  const registrations = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zorgroute');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ cell: string; count: number }[]>((resolve, reject) => {
      const request = db.transaction('counters', 'readonly').objectStore('counters').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.filter((r) => r.cell.endsWith('|registratie|n')).reduce((n, r) => n + r.count, 0);
  });
  expect(registrations).toBe(1);
});
