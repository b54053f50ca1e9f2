import type { SourceId } from './sources';

/**
 * The help page on sharing information (issue 14 §3; route #/gids/informatie-delen): what a school
 * social worker may share with the school, and when. Words live in `content/locales/<lng>/sharing.json`
 * (`title`, `lead`, `sections.<id>.heading/.text/.list[]/.after`); this file fixes the order of the
 * sections and the sources behind each. Every passage shown in quote marks (‘…’) must stand verbatim in
 * a compared excerpt of its section's sources (content/sharing.test.ts). Framed by seed 002's "we praten
 * niet over ouders maar met ouders", in the compared words of the NJi (`nji-gegevensuitwisseling`).
 */
export const SHARING_SECTION_IDS = ['toestemming', 'nodig', 'zorgteam', 'conflict', 'verwijsindex'] as const;
export type SharingSectionId = (typeof SHARING_SECTION_IDS)[number];

/** Sources of the lead (the principle: talk with parents, not about them). */
export const SHARING_LEAD_SOURCES: readonly SourceId[] = ['nji-gegevensuitwisseling'];

export const SHARING_SOURCES: Record<SharingSectionId, readonly SourceId[]> = {
  // Consent first: the duty of confidentiality of the beroepscode, consent by age.
  toestemming: ['meldcode-nu-informatie-delen', 'servicepunt-smw-privacy', 'bpsw-geheimhouding', 'nji-gegevensuitwisseling', 'nvo-zestien-jaar'],
  // Need-to-know: the AVG's minimal processing; the school keeps only what its own support needs.
  nodig: ['avg-minimale-gegevensverwerking', 'nji-informatie-school', 'kennisplein-conflict-van-plichten'],
  // No named child in an MDO or zorgteam without consent (one school's published rule as the example).
  zorgteam: ['nji-informatie-school', 'zat-op-naam', 'meldcode-nu-informatie-delen'],
  // The conflict of duties, and the meldrecht of the meldcode.
  conflict: [
    'kennisplein-conflict-van-plichten',
    'nvo-beroepsgeheim',
    'richtlijn-conflict-van-plichten',
    'nvo-meldrecht',
    'signalenkaart-meldcode',
  ],
  verwijsindex: ['verwijsindex-haaglanden', 'verwijsindex-midden-nederland'],
};
