/**
 * The ids of shared/MELDCODE.md, as typed constants. Machines, content, casus files and counters
 * all speak these ids; they may be extended but never renamed or dropped (old casus files must
 * keep running on new versions).
 */

export const SECTORS = ['po', 'vo', 'kinderopvang', 'sociaal-werk'] as const;
export type Sector = (typeof SECTORS)[number];

export const ROUTES = [
  'advies',
  'begeleiding',
  'intern',
  'extern',
  'veilig-thuis',
  'meldplicht-bestuur',
  'afgesloten',
] as const;
export type RouteId = (typeof ROUTES)[number];

export const FLAGS = ['acuut', 'vt-advies'] as const;
export type Flag = (typeof FLAGS)[number];

export const PARTNER_KINDS = ['internal', 'external'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Marker for questions whose answer is a partner id from the sociale kaart. */
export const PARTNER_ANSWER = 'partner' as const;

/**
 * Every question with the answers it accepts. The order is the order of MELDCODE.md, which is
 * also the order in which a concern can meet them.
 */
export const QUESTIONS = {
  'triage.acuut': ['ja', 'nee'],
  'triage.medewerker': ['ja', 'nee'],
  'triage.signalen': ['ja', 'nee'],
  'stap1.signalen': ['vastgelegd'],
  'stap2.bijzonder': ['ja', 'nee'],
  'stap2.consultatie': ['collega', 'veilig-thuis', 'beide'],
  'stap3.gesprek': ['gevoerd', 'overgeslagen'],
  'afweging.1': ['ja', 'nee'],
  'afweging.2': ['ja', 'nee'],
  'afweging.3': ['ja', 'nee'],
  'afweging.4': ['ja', 'nee'],
  'hulp.partner': PARTNER_ANSWER,
  'afweging.5': ['ja', 'nee'],
  'melden.geinformeerd': ['ja', 'nee-veiligheid', 'nee-contact'],
  'steun.advies': ['ja', 'nee'],
  'steun.begeleiding': ['ja', 'nee'],
  'steun.intern': ['ja', 'nee'],
  'steun.partner': PARTNER_ANSWER,
  'steun.toestemming': ['ja', 'nee'],
} as const satisfies Record<string, readonly string[] | typeof PARTNER_ANSWER>;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

/** The fixed answer values over all questions (partner ids come from the sociale kaart). */
export type AnswerValue = string;
export type Answer = readonly [QuestionId, AnswerValue];

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(QUESTIONS, value);
}

export function isPartnerQuestion(q: QuestionId): boolean {
  return QUESTIONS[q] === PARTNER_ANSWER;
}

/** The five steps of the meldcode, for progress. */
export const MELDCODE_STEPS = [1, 2, 3, 4, 5] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];

/**
 * Partner ids that stay on the sociale kaart as a contact but are never a referral partner
 * (MELDCODE.md §5, version 2): contact with Veilig Thuis is an advice question (stap 2, flag
 * vt-advies) or a melding (route veilig-thuis), neither of which needs consent. The machine refuses
 * them as steun.partner and hulp.partner.
 */
export const NON_REFERRAL_PARTNERS: readonly string[] = ['veilig-thuis'];

/** Partner ids seen in the seeds (MELDCODE.md §5); the default sociale kaart holds these. */
export const DEFAULT_PARTNERS: Record<string, PartnerKind> = {
  gezinscoaching: 'internal',
  buurtwerk: 'internal',
  'buurtwerk-sport': 'internal',
  'buurtmaatschappelijk-werk': 'internal',
  jongerenwerk: 'internal',
  // Issue 14 §6, partners of the kinderopvang (seed 002: voorschools maatschappelijk werk; the consultatiebureau).
  'voorschools-maatschappelijk-werk': 'internal',
  cjg: 'external',
  'veilig-thuis': 'external',
  huisarts: 'external',
  wijkteam: 'external',
  leerplicht: 'external',
  ggz: 'external',
  wmo: 'external',
  slachtofferhulp: 'external',
  jgz: 'external',
};

/** Counting dimensions of MELDCODE.md §6. */
export const SCHOOL_TYPES = ['po', 'vo'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
export const CONTACTS = ['ib', 'leerkracht', 'professional', 'ouder', 'leerling'] as const;
export type Contact = (typeof CONTACTS)[number];
export const VIAS = ['leerkracht', 'ib', 'ouder', 'leerling', 'professional'] as const;
export type Via = (typeof VIAS)[number];
export const ACTIVITIES = [
  'gesprek',
  'kindgesprek',
  'observatie',
  'overleg',
  'mdo',
  'huisbezoek',
  'training',
] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const THEMES = [
  'gedrag-emotieregulatie',
  'sociale-vaardigheden',
  'opvoedvragen',
  'echtscheiding',
  'verzuim',
  'armoede',
  'faalangst',
  'pesten',
  'sociale-media',
  'rouw',
  'middelen',
  'thuissituatie',
  'executieve-functies',
  'veiligheid',
] as const;
export type Theme = (typeof THEMES)[number];
