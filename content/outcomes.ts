import type { Answer, Flag, RouteId, Sector } from '../machines/ids';
import type { SectorRoles } from '../machines/sector';
import { MELDPLICHT_SOURCES } from './questions';
import type { SourceId } from './sources';

/**
 * What the outcome page shows per route, besides its words (`guide: outcomes.<key>.title/.lead/
 * .next[]/.record[]`, sector wording via the i18next context `_po`, `_vo`, `_kinderopvang`,
 * `_sociaal-werk`). The machine decides the route; this file only decides which blocks and which
 * wording variant to show, from the flags and answers the machine already holds.
 */

export interface OutcomeDisplay {
  /** Show the Veilig Thuis block (0800-2000, free, 24/7). */
  showVeiligThuis: boolean;
  /** Show "call 112" first: only when a child is in direct danger. */
  showEmergency: boolean;
  /** Show the chosen partner's contact from the sociale kaart (referral routes). */
  showPartnerContact: boolean;
  /** Remind of consent: parents, and the pupil from 12 (alone from 16); share only what is needed. */
  consentReminder: boolean;
  /** Which roles of machines/sector.ts to name under "who does what" (resolved per sector). */
  roles: readonly (keyof SectorRoles)[];
  /** Sources behind the next actions. */
  sources: readonly SourceId[];
  /** Sector-specific sources replacing `sources` where the kaders differ. */
  sourcesBySector?: Partial<Record<Sector, readonly SourceId[]>>;
  /**
   * Show "after the report" (issue 14 §1): Veilig Thuis' two feedbacks, afwegingen 3–5 together,
   * the own role, asking when feedback is late (`guide: afterMelding.*`, AFTER_MELDING_SOURCES).
   */
  afterMelding?: boolean;
}

/** A wording variant of a route, chosen by a flag or an answer; it may change what is shown. */
export interface OutcomeVariant {
  /** The key under `guide: outcomes.` holding its title/lead/next/record. */
  key: string;
  when: { flag: Flag } | { answer: Answer };
  display?: Partial<OutcomeDisplay>;
}

export interface OutcomeContent extends OutcomeDisplay {
  /** Checked in order; the first that matches wins, else the route's own key. */
  variants: readonly OutcomeVariant[];
}

const MELDCODE_SOURCES: readonly SourceId[] = ['nji-afwegingskader', 'augeo-veilig-thuis', 'veilig-thuis'];

/**
 * Behind "after the report" (issue 14 §1; docs/decisions.md): the first feedback after the safety
 * assessment within five working days (vt-terugkoppeling-2019), the second at the end of Veilig
 * Thuis' involvement (c-support-veilig-thuis), the professional's lasting responsibility
 * (meldcode-nu-melden), afwegingen 3–5 together (nji-afwegingskader), asking yourself when the
 * feedback is late (handelingsprotocol-navragen, a regional protocol followed as good practice); the
 * public holidays the reminder does not count as working days (algemene-termijnenwet).
 */
export const AFTER_MELDING_SOURCES: readonly SourceId[] = [
  'vt-terugkoppeling-2019',
  'c-support-veilig-thuis',
  'meldcode-nu-melden',
  'nji-afwegingskader',
  'handelingsprotocol-navragen',
  // The working days of the feedback reminder skip the feestdagen of its art. 3 (src/drafts/holidays.ts).
  'algemene-termijnenwet',
];

export const OUTCOMES = {
  'veilig-thuis': {
    showVeiligThuis: true,
    showEmergency: false,
    showPartnerContact: false,
    consentReminder: false,
    roles: ['decides'],
    afterMelding: true,
    // 5 werkdagen (veilig-thuis-termijn); informing the family beforehand and its exceptions
    // (signalenkaart-meldcode); the right to report (nvo-meldrecht, wmo-meldrecht).
    sources: [...MELDCODE_SOURCES, 'veilig-thuis-termijn', 'signalenkaart-meldcode', 'nvo-meldrecht', 'wmo-meldrecht'],
    variants: [
      // Direct danger comes before everything: call first, document afterwards.
      { key: 'veilig-thuis-acuut', when: { flag: 'acuut' }, display: { showEmergency: true } },
      // Afweging 5 = nee: the help did not bring safety, "(opnieuw) melden".
      { key: 'veilig-thuis-opnieuw', when: { answer: ['afweging.5', 'nee'] } },
    ],
  },
  'meldplicht-bestuur': {
    showVeiligThuis: false,
    showEmergency: false,
    showPartnerContact: false,
    consentReminder: false,
    roles: ['board'],
    // Each sector its own regime (MELDCODE.md §8.6); the words are the sector's context variants.
    sources: MELDPLICHT_SOURCES.po,
    sourcesBySector: MELDPLICHT_SOURCES,
    variants: [],
  },
  afgesloten: {
    showVeiligThuis: false,
    showEmergency: false,
    showPartnerContact: false,
    consentReminder: false,
    roles: [],
    sources: ['nji-afwegingskader'],
    variants: [
      // Closing after successful help differs from closing without a suspicion: agreements on
      // following future (un)safety.
      { key: 'afgesloten-na-hulp', when: { answer: ['afweging.5', 'ja'] } },
    ],
  },
  advies: {
    showVeiligThuis: false,
    showEmergency: false,
    showPartnerContact: false,
    consentReminder: false,
    roles: [],
    sources: [],
    variants: [],
  },
  begeleiding: {
    showVeiligThuis: false,
    showEmergency: false,
    showPartnerContact: false,
    consentReminder: false,
    roles: ['coordinator'],
    sources: [],
    variants: [
      // No referral without consent; the page says so and points to the meldcode for safety.
      {
        key: 'begeleiding-geen-toestemming',
        when: { answer: ['steun.toestemming', 'nee'] },
        display: { consentReminder: true },
      },
    ],
  },
  intern: {
    showVeiligThuis: false,
    showEmergency: false,
    showPartnerContact: true,
    consentReminder: true,
    roles: ['coordinator'],
    sources: [],
    variants: [],
  },
  extern: {
    showVeiligThuis: false,
    showEmergency: false,
    showPartnerContact: true,
    consentReminder: true,
    roles: ['coordinator'],
    sources: [],
    variants: [],
  },
} as const satisfies Record<RouteId, OutcomeContent>;

/**
 * The waiting state after afweging 4 = ja and hulp.partner (route intern/extern while help runs):
 * words under `guide: waiting.*` (title, lead, next[], record[], reminder).
 */
export const WAITING_CONTENT: OutcomeDisplay & { key: 'waiting' } = {
  key: 'waiting',
  showVeiligThuis: false,
  showEmergency: false,
  showPartnerContact: true,
  consentReminder: true,
  roles: ['coordinator'],
  sources: ['nji-afwegingskader'],
};

export interface ResolvedOutcome extends OutcomeDisplay {
  /** Key under `guide: outcomes.` */
  key: string;
}

function matches(variant: OutcomeVariant, flags: readonly Flag[], answers: readonly Answer[]): boolean {
  const { when } = variant;
  if ('flag' in when) return flags.includes(when.flag);
  const [question, value] = when.answer;
  return answers.some(([q, v]) => q === question && v === value);
}

/** The wording key and blocks for a reached route, given the concern's flags and answers. */
export function resolveOutcome(
  route: RouteId,
  flags: readonly Flag[],
  answers: readonly Answer[],
): ResolvedOutcome {
  const { variants, ...display }: OutcomeContent = OUTCOMES[route];
  const variant = variants.find((v) => matches(v, flags, answers));
  return { ...display, ...variant?.display, key: variant?.key ?? route };
}

/** Every key under `guide: outcomes.` that content uses (for tests and the documentation export). */
export const OUTCOME_KEYS: readonly string[] = Object.entries(OUTCOMES as Record<RouteId, OutcomeContent>).flatMap(
  ([route, content]) => [route, ...content.variants.map((v) => v.key)],
);
