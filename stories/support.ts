import { resetStore, withNamespaces } from './report-seed';

// The walks through the guide that stories replay (one list each, shared with the tests).
export { MELDCODE, NO_DANGER, SUPPORT, meldcodePath, referralPath } from '../machines/walks';

/**
 * What the stories share: the answers of the paths through the guide they replay through the real
 * machine (GuideFixture, from machines/walks.ts), and the loaders that prepare a screen (its namespaces in the story's
 * language, the real store of this browser reset to the demo organisation). Each story file keeps its
 * own `meta` literal: its title is the story id the story tests open.
 */

/** The feature's namespaces in the story's language (the preview's own loader knows common, guide, dimensions, onderling). */
export const namespaces =
  (...names: string[]) =>
  // Typed by what it reads, so it fits the loaders of any story's args.
  async ({ globals }: { globals: Record<string, unknown> }) => {
    await withNamespaces(globals.locale, ...names);
    return {};
  };

/** The real store of this browser emptied and set up again (Welstad and its schools, changed by `settings`). */
export const freshStore =
  (settings?: Parameters<typeof resetStore>[0]) =>
  async () => {
    await resetStore(settings);
    return {};
  };
