import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { concernMachine } from '../../machines/concern.machine';
import { isReview, questionOf, routeOf } from '../../machines/concern';
import { transitionCover, uiEvents } from './cover';

/**
 * Transitions of the machine that no page of the guide can fire (issue 11.6). The model-based e2e
 * (tests/e2e/model.spec.ts) walks every other one through the UI. This list may only shrink: a test
 * below fails when the pages start to reach one of these, so it is removed here.
 *  - BACK to the last question before "check your answers": that page offers "Wijzigen" (EDIT) per
 *    answer instead of "Terug", so the last answer is changed with EDIT.
 *  - SAFETY_CONCERN on a support outcome: the safety button is on the support questions only.
 */
const UNREACHABLE_FROM_THE_PAGES = [
  'concern BACK → concern.meldcode.geinformeerd',
  'concern BACK → concern.steun.toestemming',
  'concern.outcome.advies SAFETY_CONCERN → concern.meldcode',
  'concern.outcome.begeleiding SAFETY_CONCERN → concern.meldcode',
  'concern.outcome.intern SAFETY_CONCERN → concern.meldcode',
  'concern.outcome.extern SAFETY_CONCERN → concern.meldcode',
];

describe('transition cover of the concern machine (for the model-based e2e)', () => {
  const cover = transitionCover();
  const uncovered = [...cover.transitions].filter(([id]) => !cover.covered.has(id)).map(([, t]) => t);

  it('takes every transition of the definition the pages can fire', () => {
    expect(uncovered.filter((t) => !UNREACHABLE_FROM_THE_PAGES.includes(t.where)).map((t) => t.label)).toEqual([]);
    expect(cover.transitions.size).toBeGreaterThan(80);
  });

  it('lists as unreachable only transitions the cover really misses (the list can only shrink)', () => {
    for (const where of UNREACHABLE_FROM_THE_PAGES) {
      expect([...cover.transitions.values()].some((t) => t.where === where), `${where} exists`).toBe(true);
      expect(uncovered.some((t) => t.where === where), `${where} is reached by the pages now: remove it from the list`).toBe(true);
    }
  });

  it('is small enough to walk in Chromium in a few minutes, and every path ends on a confirmed outcome', () => {
    expect(cover.paths.length).toBeLessThanOrEqual(15);
    expect(cover.paths.reduce((n, p) => n + p.steps.length, 0)).toBeLessThanOrEqual(400);
    for (const path of cover.paths) {
      // Replaying the path's events on a real actor lands where the model said, step by step.
      const actor = createActor(concernMachine, { input: {} }).start();
      for (const step of path.steps) {
        expect(uiEvents(actor.getSnapshot()), path.name).toContainEqual(step.event);
        actor.send(step.event);
        const s = actor.getSnapshot();
        expect({ question: questionOf(s), review: isReview(s), route: routeOf(s) }).toEqual({
          question: step.expect.question,
          review: step.expect.review,
          route: step.expect.route,
        });
      }
      const end = actor.getSnapshot();
      expect(uiEvents(end), `${path.name} ends where the pages offer nothing more`).toEqual([]);
      expect(routeOf(end)).toBe(path.route);
      actor.stop();
    }
  });
});
