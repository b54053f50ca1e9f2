import type { MeldcodeStep, QuestionId, Sector } from '../machines/ids';
import type { SourceId } from './sources';

/**
 * What the guide shows around each question besides its words (which live in the locales):
 * the meldcode step it belongs to, the source of its official wording, the definitions to offer
 * as help, and further sources. Words stay in `locales/`; this file only points.
 *
 * The steps match the `step` meta of machines/concern.machine.ts (afweging 1–2 are weighed in
 * stap 4, afweging 3–5 decide in stap 5), so progress and the quote's step agree.
 */

export const DEFINITION_IDS = [
  'acute-onveiligheid',
  'structurele-onveiligheid',
  'disclosure',
  'huiselijk-geweld',
  'kindermishandeling',
  'eergerelateerd-geweld',
  'huwelijksdwang',
  'vrouwelijke-genitale-verminking',
  'getuige-van-geweld',
  'met-taken-belast-persoon',
  'vertrouwensinspecteur',
  'meldrecht',
] as const;
export type DefinitionId = (typeof DEFINITION_IDS)[number];

export interface QuestionContent {
  /** The meldcode step (1–5); absent for triage and the support route, which are not the meldcode. */
  step?: MeldcodeStep;
  /**
   * Source of the official wording in `questions.<id>.quote`. Set exactly when the question has
   * a quote; the locales then hold the wording verbatim (in Dutch, also in `en`).
   */
  quoteSource?: SourceId;
  /** Definitions offered as help (`definitions.<id>.term/.text`). */
  definitions: readonly DefinitionId[];
  /** Further sources behind the help text (shown as "read more"). */
  sources: readonly SourceId[];
  /** Sector-specific sources that replace `sources` (the kaders differ per sector). */
  sourcesBySector?: Partial<Record<Sector, readonly SourceId[]>>;
}

const MELDPLICHT_SCHOOL: readonly SourceId[] = [
  'wpo-meldplicht',
  'wvo-meldplicht',
  'inspectie-zedenmisdrijven',
  'rijksoverheid-melden-aangeven',
];

export const QUESTION_CONTENT = {
  'triage.acuut': {
    definitions: ['acute-onveiligheid', 'disclosure'],
    sources: ['veilig-thuis'],
  },
  'triage.medewerker': {
    definitions: ['met-taken-belast-persoon', 'vertrouwensinspecteur'],
    sources: MELDPLICHT_SCHOOL,
    sourcesBySector: { kinderopvang: ['wet-kinderopvang-meldplicht'] },
  },
  'triage.signalen': {
    definitions: [
      'huiselijk-geweld',
      'kindermishandeling',
      'eergerelateerd-geweld',
      'huwelijksdwang',
      'vrouwelijke-genitale-verminking',
      'getuige-van-geweld',
    ],
    sources: ['meldcode-besluit'],
  },
  'stap1.signalen': { step: 1, quoteSource: 'meldcode-besluit', definitions: [], sources: [] },
  'stap2.bijzonder': {
    step: 2,
    definitions: ['eergerelateerd-geweld', 'huwelijksdwang', 'vrouwelijke-genitale-verminking'],
    sources: ['meldcode-besluit', 'veilig-thuis'],
  },
  'stap2.consultatie': {
    step: 2,
    quoteSource: 'meldcode-besluit',
    definitions: [],
    sources: ['veilig-thuis'],
  },
  'stap3.gesprek': { step: 3, quoteSource: 'meldcode-besluit', definitions: [], sources: [] },
  'afweging.1': {
    step: 4,
    quoteSource: 'afwegingskader-2018',
    definitions: ['huiselijk-geweld', 'kindermishandeling'],
    sources: ['nji-afwegingskader'],
  },
  'afweging.2': {
    step: 4,
    quoteSource: 'afwegingskader-2018',
    definitions: ['acute-onveiligheid', 'structurele-onveiligheid', 'disclosure'],
    sources: ['nji-afwegingskader'],
  },
  'afweging.3': {
    step: 5,
    quoteSource: 'afwegingskader-2018',
    definitions: [],
    sources: ['nji-afwegingskader'],
  },
  'afweging.4': {
    step: 5,
    quoteSource: 'afwegingskader-2018',
    definitions: [],
    sources: ['nji-afwegingskader'],
  },
  'hulp.partner': { step: 5, definitions: [], sources: [] },
  'afweging.5': {
    step: 5,
    quoteSource: 'afwegingskader-2018',
    definitions: [],
    sources: ['nji-afwegingskader'],
  },
  'melden.geinformeerd': {
    step: 5,
    definitions: ['meldrecht'],
    sources: ['wmo-meldrecht', 'veilig-thuis'],
  },
  'steun.advies': { definitions: [], sources: [] },
  'steun.begeleiding': { definitions: [], sources: [] },
  'steun.intern': { definitions: [], sources: [] },
  'steun.partner': { definitions: [], sources: [] },
  'steun.toestemming': { definitions: [], sources: [] },
} as const satisfies Record<QuestionId, QuestionContent>;

/** The sources for a question in a sector (the sector's own kader where it differs). */
export function questionSources(question: QuestionId, sector?: Sector): readonly SourceId[] {
  const content: QuestionContent = QUESTION_CONTENT[question];
  return (sector && content.sourcesBySector?.[sector]) || content.sources;
}
