import type { Sector } from '../machines/ids';
import type { OnderlingQuestionId } from '../machines/onderling.ids';
import type { OnderlingOutcome } from '../machines/onderling';
import type { SourceId } from './sources';

/**
 * What the route for behaviour between children (issue 14 §5) shows besides its words, which live in
 * the `onderling` namespace (content/locales/<lng>/onderling.json): the source of each question's
 * official quote and the sources behind its help, and per outcome the sources behind the sector's
 * text. Every source here was compared with its page on 2026-12-01 (content/sources.ts), except
 * `protocol-kinderopvang-onderling`'s pdf, which could not be read: the page that announces it was.
 */

export interface OnderlingQuestionContent {
  /** Source of `questions.<id>.quote`; set exactly when the question has a quote (content/fidelity.test.ts). */
  quoteSource?: SourceId;
  /** Sources behind the help text. */
  sources: readonly SourceId[];
}

export const ONDERLING_QUESTION_CONTENT: Record<OnderlingQuestionId, OnderlingQuestionContent> = {
  'onderling.soort': { sources: ['boink-meldcode-routes', 'schoolenveiligheid-sgg', 'helpwanted-naaktbeelden-school'] },
  'onderling.vlag': {
    quoteSource: 'vlaggensysteem',
    sources: ['vlaggensysteem', 'schoolenveiligheid-sgg', 'helpwanted-naaktbeelden-school'],
  },
  'onderling.zorgen': { quoteSource: 'nji-grensoverschrijdend-zorgen', sources: ['nji-grensoverschrijdend-zorgen'] },
};

/** The outcome's sector text is one of three: childcare, education (po and vo alike), social work. */
export type OnderlingSectorGroup = 'kinderopvang' | 'onderwijs' | 'sociaal-werk';

export function onderlingSectorGroup(sector: Sector): OnderlingSectorGroup {
  return sector === 'po' || sector === 'vo' ? 'onderwijs' : sector;
}

/** The sources behind each sector's outcome text (`outcome.sector.<group>`). */
export const ONDERLING_SECTOR_SOURCES: Record<OnderlingSectorGroup, readonly SourceId[]> = {
  kinderopvang: ['boink-meldcode-routes', 'protocol-kinderopvang-onderling', 'schoolenveiligheid-sgg'],
  onderwijs: ['over-de-grens', 'schoolenveiligheid-sgg'],
  'sociaal-werk': ['nji-grensoverschrijdend-zorgen', 'vlaggensysteem'],
};

/** The sources behind the outcome's other blocks: the level's advice, the online block, the meldcode block. */
export const ONDERLING_LEVEL_SOURCES: Record<OnderlingOutcome['level'], readonly SourceId[]> = {
  groen: ['vlaggensysteem'],
  geel: ['vlaggensysteem', 'nji-grensoverschrijdend-zorgen'],
  ernstig: ['vlaggensysteem', 'nji-grensoverschrijdend-zorgen', 'schoolenveiligheid-sgg'],
  ander: ['nji-grensoverschrijdend-zorgen'],
};
export const ONDERLING_ONLINE_SOURCES: readonly SourceId[] = [
  'helpwanted-naaktbeelden-school',
  'schoolenveiligheid-sexting-acties',
  'schoolenveiligheid-sexting',
];
export const ONDERLING_MELDCODE_SOURCES: readonly SourceId[] = ['nji-grensoverschrijdend-zorgen'];

/** Every source an outcome with these answers cites, in order, each once. */
export function onderlingOutcomeSources(outcome: OnderlingOutcome, sector: Sector): SourceId[] {
  return [
    ...new Set([
      ...ONDERLING_LEVEL_SOURCES[outcome.level],
      ...ONDERLING_SECTOR_SOURCES[onderlingSectorGroup(sector)],
      ...(outcome.online ? ONDERLING_ONLINE_SOURCES : []),
      ...(outcome.meldcode ? ONDERLING_MELDCODE_SOURCES : []),
    ]),
  ];
}
