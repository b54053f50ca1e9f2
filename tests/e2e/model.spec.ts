import type { Page } from '@playwright/test';
import type { ConcernEvent } from '../../machines/concern.machine';
import type { QuestionId } from '../../machines/ids';
import { transitionCover, type CoverStep } from '../model/cover';
import { expect, test } from './fixtures';
import { NL, answer, questionPage, startConcern } from './helpers';

/**
 * Model-based e2e test (issue 11.6): the concern machine is the model, the built app in Chromium is
 * the system under test. A transition cover computed from the machine (tests/model/cover.ts: every
 * transition of the definition the guide's pages can fire, taken at least once) is walked through
 * the real pages — answers chosen by their visible Dutch labels (content/locales), "Terug", the
 * safety button, "Wijzigen" on check-your-answers, confirm, "Evalueer nu" — and after every step the
 * page must show what the machine says: the question asked (its data-question), check your
 * answers, or the outcome with the machine's route (data-route, and its title as heading).
 *
 * The walker reads only the page and the event to fire, so it keeps working when the machine or the
 * pages change; the cover is recomputed from the machine every run.
 */

const cover = transitionCover();
const { guide, common } = NL;
const SECTOR = 'po';

/** A text of the guide in the sector's words (i18next context: `<key>_po` before `<key>`). */
const inSector = (node: Record<string, string>, key: string) => node[`${key}_${SECTOR}`] ?? node[key]!;

function questionTitle(question: string): string {
  const [group, ...rest] = question.split('.');
  return inSector(guide.questions[group!][rest.join('.')], 'title');
}

/** Fires one event of the model through the page, the way a user would. */
async function fire(page: Page, event: ConcernEvent) {
  switch (event.type) {
    case 'ANSWER':
      return answer(page, event.question, event.value);
    case 'BACK':
      return questionPage(page).getByRole('button', { name: common.actions.back, exact: true }).click();
    case 'SAFETY_CONCERN':
      return page.getByRole('button', { name: guide.question.toMeldcode, exact: true }).click();
    case 'CONFIRM':
      return page.getByRole('button', { name: guide.review.confirm, exact: true }).click();
    case 'EDIT': {
      const hidden = String(guide.review.changeHidden).replace('{{question}}', questionTitle(event.question));
      return page.getByRole('button', { name: `${guide.review.change} ${hidden}`, exact: true }).click();
    }
    case 'EVALUATE':
      return page.getByRole('button', { name: guide.waiting.evaluate, exact: true }).click();
  }
}

/** The page must show what the machine is in after the step. */
async function expectShown(page: Page, shown: CoverStep['expect'], where: string) {
  const h1 = page.locator('h1');
  if (shown.question) {
    await expect(questionPage(page), `${where}: question page`).toHaveAttribute('data-question', shown.question);
    return;
  }
  if (shown.review) {
    await expect(h1, `${where}: check your answers`).toHaveText(guide.review.title);
    return;
  }
  const outcome = page.locator('[data-route]');
  await expect(outcome, `${where}: outcome route`).toHaveAttribute('data-route', shown.route!);
  // The outcome's words: one of the route's variants (veilig-thuis-acuut, afgesloten-na-hulp, …),
  // or the waiting page while help runs; its title is the page's heading.
  const key = (await outcome.getAttribute('data-outcome'))!;
  if (shown.waiting) expect(key, `${where}: waiting page`).toBe('waiting');
  else expect(key === shown.route || key.startsWith(`${shown.route}-`), `${where}: outcome ${key} of route ${shown.route}`).toBe(true);
  await expect(h1, `${where}: outcome heading`).toHaveText(inSector(shown.waiting ? guide.waiting : guide.outcomes[key], 'title'));
}

const describe = (event: ConcernEvent) =>
  event.type === 'ANSWER' ? `${event.question}=${event.value}` : event.type === 'EDIT' ? `EDIT ${event.question}` : event.type;

test.describe.configure({ timeout: 240_000 });

cover.paths.forEach((path, index) => {
  test(`transition cover ${index + 1}/${cover.paths.length}: ${path.name}`, async ({ page }) => {
    await startConcern(page);
    await expectShown(page, { question: 'triage.acuut', review: false, waiting: false }, 'start');
    let edited = false;
    for (const [i, step] of path.steps.entries()) {
      await fire(page, step.event);
      if (step.event.type === 'EDIT') edited = true;
      // After "Wijzigen", an answer that leaves the path as it was takes the guide straight back to
      // check your answers, replaying the later answers through the machine (issue 12, GuidePage).
      // The model asks the next question instead: its "Wijzigen" brings the page to the model's state.
      const asked = step.expect.question as QuestionId | undefined;
      if (edited && step.event.type === 'ANSWER' && asked) {
        const review = page.locator('.zr-review');
        await expect(questionPage(page, asked).or(review)).toBeVisible();
        if (await review.isVisible()) await fire(page, { type: 'EDIT', question: asked });
      }
      await expectShown(page, step.expect, `step ${i + 1} (${describe(step.event)})`);
    }
    // Every path ends on a confirmed outcome: the route the page shows is the machine's.
    await expect(page.locator('[data-route]')).toHaveAttribute('data-route', path.route);
  });
});
