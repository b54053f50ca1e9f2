import { expect, expectNoAxeViolations, test } from './fixtures';
import { MELDCODE } from '../../machines/walks';
import { NL, answer, locale, questionPage, startConcern, tabTo } from './helpers';

/**
 * Issue 14 §1 and §3 in the browser. The help page on sharing information (#/gids/informatie-delen):
 * reached from step 2 by keyboard, no axe violations, its sections and sources, and back to the same
 * question (the concern stays in the session); the same page in English. After a melding: the outcome
 * says what follows, the documentation asks for the own role and the dates, and reminds to ask Veilig
 * Thuis when the feedback is late.
 */

// To the consultation question of step 2.
const TO_STEP2 = MELDCODE.slice(0, MELDCODE.findIndex(([q]) => q === 'stap2.consultatie'));

test('sharing help: from step 2 by keyboard, sections with sources, axe, back to the same question (nl)', async ({ page }) => {
  test.setTimeout(120_000);
  const sharing = locale('nl', 'sharing');
  await startConcern(page);
  for (const [q, v] of TO_STEP2) await answer(page, q, v);
  await expect(questionPage(page, 'stap2.consultatie')).toBeVisible();

  const link = page.getByRole('link', { name: NL.guide.sharingHelp.link });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/gids\/informatie-delen$/);
  const h1 = page.getByRole('heading', { level: 1, name: sharing.title });
  await expect(h1).toBeVisible();
  // Navigation moves focus to the new page's heading.
  await expect(h1).toBeFocused();
  for (const id of ['toestemming', 'nodig', 'zorgteam', 'conflict', 'verwijsindex']) {
    const section = page.locator(`section[data-section="${id}"]`);
    await expect(section.getByRole('heading', { level: 2, name: sharing.sections[id].heading })).toBeVisible();
    expect(await section.locator('.zr-sources cite').count(), id).toBeGreaterThan(0);
  }
  await expectNoAxeViolations(page, 'sharing help (nl)');

  // Back to the guide by keyboard: the concern waits at the same question.
  const back = page.getByRole('link', { name: sharing.back }).last();
  await tabTo(page, back, 120);
  await page.keyboard.press('Enter');
  await expect(questionPage(page, 'stap2.consultatie')).toBeVisible();
  // Sources are plain links: nothing is fetched from them (the fixture fails on any request off the origin).
});

test('sharing help in English: complete, axe, keyboard to every link', async ({ page }) => {
  test.setTimeout(120_000);
  const sharing = locale('en', 'sharing');
  await page.goto('/#/');
  await page.getByRole('button', { name: NL.common.language.switchTo }).click();
  // The switch has finished (English loaded) before the page is opened.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/#/gids/informatie-delen');
  await expect(page.getByRole('heading', { level: 1, name: sharing.title })).toBeVisible();
  await expect(page.locator('section[data-section="verwijsindex"]')).toContainText(sharing.sections.verwijsindex.heading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'sharing help (en)');
  // Every link on the page is reachable by Tab, and focus is visible on it.
  const back = page.getByRole('link', { name: sharing.back }).first();
  await tabTo(page, back);
  const outline = await back.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('after a melding: what follows, the own role, the feedback reminder; the record panel links to sharing help', async ({ page }) => {
  test.setTimeout(120_000);
  const drafts = NL.drafts;
  await startConcern(page);
  for (const [q, v] of [
    ...MELDCODE,
    ['afweging.1', 'ja'],
    ['afweging.2', 'ja'],
    ['melden.geinformeerd', 'ja'],
  ] as [string, string][]) {
    await answer(page, q, v);
  }
  await page.getByRole('button', { name: NL.guide.review.confirm, exact: true }).click();
  const after = page.locator('section.zr-after-melding');
  await expect(after.getByRole('heading', { level: 2, name: NL.guide.afterMelding.heading })).toBeVisible();
  await expect(after.getByRole('listitem').first()).toContainText('binnen 5 werkdagen');

  const group = page.getByRole('group', { name: drafts.afterMelding.heading });
  await expect(group.getByText(drafts.afterMelding.status.noDate)).toBeVisible();
  const date = group.locator('[data-date-field="melding-date"]');
  await date.locator('[data-date-part="day"]').fill('3');
  await date.locator('[data-date-part="month"]').fill('3');
  await date.locator('[data-date-part="year"]').fill('2025');
  await expect(group.locator('[data-feedback="overdue"]')).toContainText('na 5 werkdagen nog geen terugkoppeling vastgelegd');
  await group.getByRole('textbox', { name: drafts.afterMelding.role.label }).fill('Ik blijf de leerling wekelijks zien.');
  await expectNoAxeViolations(page, 'veilig-thuis outcome with after-melding documentation');

  const toSharing = page.getByTestId('record-panel').getByRole('link', { name: NL.record.sharingLink });
  await expect(toSharing).toHaveAttribute('href', '#/gids/informatie-delen');
});
