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
  // Issue 14 §1: why reporting can matter while you help (shown where a user hesitates to report).
  'radarfunctie',
] as const;
export type DefinitionId = (typeof DEFINITION_IDS)[number];

export interface QuestionContent {
  /** The meldcode step (1–5); absent for triage and the support route, which are not the meldcode. */
  step?: MeldcodeStep;
  /**
   * Source of the official wording in `questions.<id>.quote`. Set exactly when the question has
   * a quote; the locales then hold the wording verbatim (in Dutch, also in `en`), and the wording
   * stands in one of the source's compared `excerpts` (content/fidelity.test.ts).
   */
  quoteSource?: SourceId;
  /** Definitions offered as help (`definitions.<id>.term/.text`). */
  definitions: readonly DefinitionId[];
  /** Further sources behind the help text (shown as "read more"). */
  sources: readonly SourceId[];
  /** Sector-specific sources that replace `sources` (the kaders differ per sector). */
  sourcesBySector?: Partial<Record<Sector, readonly SourceId[]>>;
  /**
   * Guidance a sector's own kader adds to this question (issue 14 §4, §7), shown as a box for that
   * sector only, with these sources: `questions.<id>.sectorNotes.<sector>.title` and `.text`.
   * Every source here was compared (content/fidelity.test.ts).
   */
  sectorNotes?: Partial<Record<Sector, readonly SourceId[]>>;
  /** Link to the help page on sharing information (issue 14 §3: `guide: sharingHelp.*`). */
  sharingHelp?: true;
}

/**
 * The sector law behind `triage.medewerker` (MELDCODE.md §8.6): each sector its own regime and
 * sources, each compared with its source (docs/decisions.md). Onderwijs: the meld-, overleg- en
 * aangifteplicht of the education acts (WPO art. 4a; WVO 2020); kinderopvang: the same duty in the
 * Wet kinderopvang, with the houder as the board and the 2024 protocol; sociaal werk: no school-board
 * regime, the provider reports violence to the toezichthouder (Wmo 2015 art. 3.4, Jeugdwet art. 4.1.8).
 */
const MELDPLICHT_ONDERWIJS: readonly SourceId[] = [
  'inspectie-zedenmisdrijven',
  'rijksoverheid-melden-aangeven',
  'meldplicht-contactpersonen',
  'vertrouwenspersoon-extern',
  'rijksoverheid-seksuele-misdrijven',
];
export const MELDPLICHT_SOURCES: Record<Sector, readonly SourceId[]> = {
  po: ['wpo-meldplicht', 'stb-1999-313', ...MELDPLICHT_ONDERWIJS],
  vo: ['wvo-meldplicht', ...MELDPLICHT_ONDERWIJS],
  kinderopvang: [
    'wet-kinderopvang-meldplicht',
    'kinderopvang-moa-2013',
    'inspectie-kinderopvang',
    'klachtenloket-kinderopvang',
    'kinderopvang-protocol-2024',
  ],
  'sociaal-werk': ['wmo-calamiteiten', 'igj-jeugdhulp-melden'],
};

/** The radarfunctie of Veilig Thuis (issue 14 §1), compared on huiselijkgeweld.nl and GGD Zaanstreek-Waterland. */
const RADAR_SOURCES: readonly SourceId[] = ['radarfunctie', 'ggdzw-radarfunctie'];

/** Where the afwegingen are quoted from: the NJi page, whose wording was compared (2018 kader). */
const AFWEGINGSKADER: SourceId = 'nji-afwegingskader';

/**
 * Each sector weighs with its own afwegingskader (issue 14 §7; the Rijksoverheid's basisdocument asks
 * every beroepsgroep for one): onderwijs en leerplicht (2018), the kinderopvang protocol of 2018 with
 * its kader (BOinK), and the kader of the beroepsverenigingen for sociaal werkers. Listed first, before
 * the sources every sector shares.
 */
export const SECTOR_KADER: Record<Sector, readonly SourceId[]> = {
  po: ['afwegingskader-onderwijs', 'ingrado-verzuim'],
  vo: ['afwegingskader-onderwijs', 'ingrado-verzuim'],
  kinderopvang: ['boink-afwegingskader', 'kinderopvang-protocol-2024'],
  'sociaal-werk': ['afwegingskader-sociaal-werk'],
};
const bySector = (shared: readonly SourceId[]): Record<Sector, readonly SourceId[]> => ({
  po: [...SECTOR_KADER.po, ...shared],
  vo: [...SECTOR_KADER.vo, ...shared],
  kinderopvang: [...SECTOR_KADER.kinderopvang, ...shared],
  'sociaal-werk': [...SECTOR_KADER['sociaal-werk'], ...shared],
});

export const QUESTION_CONTENT = {
  'triage.acuut': {
    definitions: ['acute-onveiligheid', 'disclosure'],
    sources: ['augeo-veilig-thuis', 'veilig-thuis'],
  },
  'triage.medewerker': {
    definitions: ['met-taken-belast-persoon', 'vertrouwensinspecteur'],
    sources: MELDPLICHT_SOURCES.po,
    sourcesBySector: MELDPLICHT_SOURCES,
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
    sources: ['cbs-huiselijk-geweld', 'nji-kindermishandeling', 'ingrado-verzuim', 'basismodel-meldcode', 'meldcode-besluit'],
  },
  // Steps 1–3: no quote. The step wording of the decree could not be compared (MELDCODE.md §8.2).
  'stap1.signalen': {
    step: 1,
    definitions: [],
    sources: ['basismodel-meldcode'],
    // The kindcheck is part of step 1 for professionals who work with adults (issue 14 §4).
    sectorNotes: { 'sociaal-werk': ['augeo-kindcheck'] },
  },
  'stap2.bijzonder': {
    step: 2,
    definitions: ['eergerelateerd-geweld', 'huwelijksdwang', 'vrouwelijke-genitale-verminking'],
    sources: ['augeo-veilig-thuis', 'veilig-thuis'],
  },
  'stap2.consultatie': {
    step: 2,
    definitions: [],
    sources: ['augeo-veilig-thuis', 'veilig-thuis'],
    sharingHelp: true,
  },
  // The child's voice by age (issue 14 §2): talking with the child, no secrecy, the age rules.
  'stap3.gesprek': {
    step: 3,
    definitions: [],
    sources: ['signalenkaart-meldcode', 'jgz-richtlijn-stap3', 'nji-praten-met-kind', 'praten-met-kinderen-geheim'],
    sharingHelp: true,
  },
  'afweging.1': {
    step: 4,
    quoteSource: AFWEGINGSKADER,
    definitions: ['huiselijk-geweld', 'kindermishandeling'],
    sources: ['afwegingskader-2018', 'augeo-veilig-thuis'],
    sourcesBySector: bySector(['afwegingskader-2018', 'rijksoverheid-afwegingskader-basis', 'augeo-veilig-thuis']),
  },
  'afweging.2': {
    step: 4,
    quoteSource: AFWEGINGSKADER,
    definitions: ['acute-onveiligheid', 'structurele-onveiligheid', 'disclosure'],
    // Augeo: a disclosure is a reason to report, like acute or structural unsafety.
    sources: ['augeo-veilig-thuis', 'afwegingskader-2018'],
    sourcesBySector: bySector(['augeo-veilig-thuis', 'afwegingskader-2018']),
    // Where a sector's kader adds guidance to the decision to report (issue 14 §7).
    sectorNotes: SECTOR_KADER,
  },
  // Afweging 3 and 4 are where a worker leans towards helping instead of reporting: the radarfunctie
  // explains why reporting can matter while you help (issue 14 §1; radarfunctie, ggdzw-radarfunctie).
  'afweging.3': {
    step: 5,
    quoteSource: AFWEGINGSKADER,
    definitions: ['radarfunctie'],
    sources: ['augeo-veilig-thuis', 'afwegingskader-2018', ...RADAR_SOURCES],
    sourcesBySector: bySector(['augeo-veilig-thuis', 'afwegingskader-2018', ...RADAR_SOURCES]),
  },
  'afweging.4': {
    step: 5,
    quoteSource: AFWEGINGSKADER,
    definitions: ['radarfunctie'],
    sources: ['augeo-veilig-thuis', 'afwegingskader-2018', ...RADAR_SOURCES],
    sourcesBySector: bySector(['augeo-veilig-thuis', 'afwegingskader-2018', ...RADAR_SOURCES]),
  },
  'hulp.partner': { step: 5, definitions: [], sources: [] },
  'afweging.5': {
    step: 5,
    quoteSource: AFWEGINGSKADER,
    definitions: [],
    sources: ['afwegingskader-2018'],
    sourcesBySector: bySector(['afwegingskader-2018']),
  },
  'melden.geinformeerd': {
    step: 5,
    definitions: ['meldrecht', 'radarfunctie'],
    sources: ['signalenkaart-meldcode', 'nvo-meldrecht', 'wmo-meldrecht', 'augeo-veilig-thuis', ...RADAR_SOURCES],
  },
  'steun.advies': { definitions: [], sources: ['nji-praten-met-kind', 'praten-met-kinderen-geheim'] },
  'steun.begeleiding': { definitions: [], sources: [] },
  'steun.intern': { definitions: [], sources: [] },
  'steun.partner': { definitions: [], sources: [] },
  // Whose consent by age, and both parents with gezag after a divorce (issue 14 §2).
  'steun.toestemming': {
    definitions: [],
    sources: [
      'nvo-toestemming',
      'jgz-richtlijn-stap3',
      'nvo-zestien-jaar',
      'kinderbescherming-scheiding',
      'bw-1-251',
      'schulinck-scheiding-jeugdhulp',
    ],
    sharingHelp: true,
  },
} as const satisfies Record<QuestionId, QuestionContent>;

/** The sources for a question in a sector (the sector's own kader where it differs). */
export function questionSources(question: QuestionId, sector?: Sector): readonly SourceId[] {
  const content: QuestionContent = QUESTION_CONTENT[question];
  return (sector && content.sourcesBySector?.[sector]) || content.sources;
}
