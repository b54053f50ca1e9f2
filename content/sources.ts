/**
 * The sources the guide cites. Shown as text and links only: nothing is fetched at run time (no
 * network calls), so urls may go stale without breaking anything; `checked` says when we last
 * looked. Titles live in the locales (`guide: sources.<id>.title`) so both languages can name them.
 */

export const SOURCE_IDS = [
  'meldcode-besluit',
  'afwegingskader-2018',
  'nji-afwegingskader',
  'wmo-meldrecht',
  'wpo-meldplicht',
  'wvo-meldplicht',
  'inspectie-zedenmisdrijven',
  'rijksoverheid-melden-aangeven',
  'veilig-thuis',
  'wet-kinderopvang-meldplicht',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  publisher: string;
  /** Year of the cited version: of the act or publication; for living web pages, the year we checked them. */
  year: number;
  url: string;
  /** Legal citation, when the source is a law or decree (kept in Dutch: it is a reference). */
  citation?: string;
  /** ISO date on which the url and the wording were last checked by the content editors. */
  checked: string;
}

export const SOURCES: Record<SourceId, Source> = {
  'meldcode-besluit': {
    id: 'meldcode-besluit',
    publisher: 'Staatsblad (Rijksoverheid)',
    year: 2013,
    url: 'https://zoek.officielebekendmakingen.nl/stb-2013-324.html',
    // The decree of 2013, improved since 1 January 2019 (afwegingskader in stap 4 and 5).
    citation: 'Stb. 2013, 324; verbeterde meldcode sinds 1 januari 2019',
    checked: '2026-11-23',
  },
  'afwegingskader-2018': {
    id: 'afwegingskader-2018',
    publisher: 'huiselijkgeweld.nl (Ministerie van VWS)',
    year: 2018,
    url: 'https://www.huiselijkgeweld.nl/publicaties/publicaties/2018/05/08/het-afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling',
    checked: '2026-11-23',
  },
  'nji-afwegingskader': {
    id: 'nji-afwegingskader',
    publisher: 'Nederlands Jeugdinstituut',
    year: 2026,
    url: 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode',
    checked: '2026-11-23',
  },
  'wmo-meldrecht': {
    id: 'wmo-meldrecht',
    publisher: 'wetten.overheid.nl',
    year: 2015,
    url: 'https://wetten.overheid.nl/BWBR0035362',
    citation: 'Wmo 2015, art. 5.2.6',
    checked: '2026-11-23',
  },
  'wpo-meldplicht': {
    id: 'wpo-meldplicht',
    publisher: 'wetten.overheid.nl',
    year: 1998,
    url: 'https://wetten.overheid.nl/BWBR0003420',
    citation: 'WPO, art. 4a',
    checked: '2026-11-23',
  },
  'wvo-meldplicht': {
    id: 'wvo-meldplicht',
    publisher: 'wetten.overheid.nl',
    year: 2020,
    url: 'https://wetten.overheid.nl/BWBR0044209',
    citation: 'WVO 2020 (bepaling gelijk aan WPO art. 4a)',
    checked: '2026-11-23',
  },
  'inspectie-zedenmisdrijven': {
    id: 'inspectie-zedenmisdrijven',
    publisher: 'Inspectie van het Onderwijs',
    year: 2026,
    url: 'https://www.onderwijsinspectie.nl/onderwerpen/vertrouwensinspecteurs/zedenmisdrijven',
    checked: '2026-11-23',
  },
  'rijksoverheid-melden-aangeven': {
    id: 'rijksoverheid-melden-aangeven',
    publisher: 'Rijksoverheid',
    year: 2026,
    url: 'https://www.rijksoverheid.nl/onderwerpen/voortgezet-onderwijs/vraag-en-antwoord/moet-de-school-seksueel-misbruik-melden-en-aangeven',
    checked: '2026-11-23',
  },
  'veilig-thuis': {
    id: 'veilig-thuis',
    publisher: 'Veilig Thuis',
    year: 2026,
    url: 'https://veiligthuis.nl',
    citation: '0800-2000 (gratis, 24/7)',
    checked: '2026-11-23',
  },
  'wet-kinderopvang-meldplicht': {
    id: 'wet-kinderopvang-meldplicht',
    publisher: 'wetten.overheid.nl',
    year: 2013,
    url: 'https://wetten.overheid.nl/BWBR0017017',
    citation: 'Wet kinderopvang, meldplicht geweld- of zedendelict door een medewerker',
    checked: '2026-11-23',
  },
};
