import type { Answer } from './ids';

/**
 * Named walks through the concern machine: the answers that tests (unit and end-to-end) and stories
 * replay to reach a screen or a route. One list each, so a change of the questions (MELDCODE.md) is
 * made in one place; the machine tests that check a walk's route keep their own literal on purpose.
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

/** Through the afwegingen to help that is enough (afweging 3 and 4 ja), offered by `partner`: the route waits for its evaluation. */
export const helpPath = (partner: string): Answer[] => [
  ...MELDCODE,
  ['afweging.1', 'ja'],
  ['afweging.2', 'nee'],
  ['afweging.3', 'ja'],
  ['afweging.4', 'ja'],
  ['hulp.partner', partner],
];

/** No signals of abuse: the support questions. */
export const SUPPORT: Answer[] = [...NO_DANGER, ['triage.signalen', 'nee']];

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
