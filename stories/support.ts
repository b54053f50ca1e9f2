import type { Answer } from '../machines/ids';
import { resetStore, withNamespaces } from './report-seed';

/**
 * What the stories share: the answers of the paths through the guide they replay through the real
 * machine (GuideFixture), and the loaders that prepare a screen (its namespaces in the story's
 * language, the real store of this browser reset to the demo organisation). Each story file keeps its
 * own `meta` literal: its title is the story id the story tests open.
 */

/** No acute danger, not about a staff member: the way into the meldcode or support. */
export const NO_DANGER: Answer[] = [
  ['triage.acuut', 'nee'],
  ['triage.medewerker', 'nee'],
];

/** Signals through steps 1–3 of the meldcode, to afweging 1; consulted with a colleague, or with both (Veilig Thuis too). */
export const meldcodePath = (consultation: 'collega' | 'beide' = 'collega'): Answer[] => [
  ...NO_DANGER,
  ['triage.signalen', 'ja'],
  ['stap1.signalen', 'vastgelegd'],
  ['stap2.bijzonder', 'nee'],
  ['stap2.consultatie', consultation],
  ['stap3.gesprek', 'gevoerd'],
];

export const MELDCODE: Answer[] = meldcodePath();

/** No signals of abuse: the support questions. */
export const SUPPORT: Answer[] = [...NO_DANGER, ['triage.signalen', 'nee']];

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

/**
 * The support questions to a referral: inside the organisation (`intern` ja) or outside, to `partner`,
 * then the consent question answered with `consent` (left out: the page asks it).
 */
export const referralPath = (intern: 'ja' | 'nee', partner: string, consent?: 'ja' | 'nee'): Answer[] => [
  ...SUPPORT,
  ['steun.advies', 'nee'],
  ['steun.begeleiding', 'nee'],
  ['steun.intern', intern],
  ['steun.partner', partner],
  ...(consent ? [['steun.toestemming', consent] satisfies Answer] : []),
];
