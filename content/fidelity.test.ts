import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../machines/ids';
import { CONTENT_REVIEWED } from './version';
import { ONDERLING_QUESTION_IDS } from '../machines/onderling.ids';
import {
  ONDERLING_LEVEL_SOURCES,
  ONDERLING_MELDCODE_SOURCES,
  ONDERLING_ONLINE_SOURCES,
  ONDERLING_QUESTION_CONTENT,
  ONDERLING_SECTOR_SOURCES,
} from './onderling';
import { flatten, lookup, type LocaleTree } from './locales.helpers';
import { QUESTION_CONTENT, type QuestionContent } from './questions';
import { SOURCES, SOURCE_IDS, sourceHolds, type Source } from './sources';
import { AGE_BANDS, AGE_HELP_KINDS, AGE_SOURCES, LEGAL_AGE_GROUPS, SIGNAL_GROUPS, legalAgeGroupOf, signalGroupOf } from './age';

/**
 * Source fidelity (domain contract version 2, §8.2; issue 10): a quote shown as official text must
 * stand verbatim in an excerpt that was compared with its cited source; a cited article must be one a
 * compared source names; English pages show no Dutch outside quotes, citations and a short list of
 * Dutch terms the English text keeps on purpose (glossed where they first appear).
 */

const LOCALES_DIR = join(import.meta.dirname, 'locales');
function load(lang: 'nl' | 'en', file: string): LocaleTree {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as LocaleTree;
}
const files = readdirSync(join(LOCALES_DIR, 'en')).filter((f) => f.endsWith('.json')).sort();
const guide = { nl: load('nl', 'guide.json'), en: load('en', 'guide.json') };
const content = QUESTION_CONTENT as Record<string, QuestionContent>;

/** A locale key holding an official quote: `….quote`, or a sector variant `….quote_vo`. */
const QUOTE_KEY = /(^|\.)quote(_[a-z-]+)?$/;

describe('quotes shown as official text stand verbatim in a compared source', () => {
  it('sourceHolds can fail: wrong wording, an unchecked source, a changed word, an empty text', () => {
    const nji = SOURCES['nji-afwegingskader'];
    const quote =
      'Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?';
    expect(sourceHolds(nji, quote)).toBe(true);
    // White space may differ (a quote wrapped over lines), words may not.
    expect(sourceHolds(nji, quote.replace(' de meldcode', '\n de  meldcode'))).toBe(true);
    expect(sourceHolds(nji, quote.replace('1 tot en met 4', '1 tot en met 3'))).toBe(false);
    // Version 1 showed this as the decree's wording; no compared source holds it.
    expect(SOURCE_IDS.some((id) => sourceHolds(SOURCES[id], 'Breng signalen in kaart'))).toBe(false);
    // A source nobody compared holds nothing, even with excerpts.
    const unchecked: Source = { ...nji, checked: undefined };
    expect(sourceHolds(unchecked, quote)).toBe(false);
    expect(sourceHolds(nji, '  ')).toBe(false);
  });

  it('every source that was compared has a date and excerpts; a source not compared has neither', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const id of SOURCE_IDS) {
      const source = SOURCES[id];
      const excerpts = source.excerpts ?? [];
      if (source.checked === undefined) {
        expect(excerpts, `${id}: excerpts without a checked date`).toEqual([]);
      } else {
        expect(source.checked, `${id}: checked is an ISO date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.checked <= today, `${id}: checked in the future`).toBe(true);
        expect(excerpts.length, `${id}: checked but no excerpt of what was compared`).toBeGreaterThan(0);
      }
    }
  });

  it('the footer and exports say the content was reviewed on the day of the newest comparison (CONTENT_REVIEWED)', () => {
    const newest = SOURCE_IDS.map((id) => SOURCES[id].checked)
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    expect(CONTENT_REVIEWED, 'content/version.ts: update CONTENT_REVIEWED (and CONTENT_VERSION) with a new checked date').toBe(newest);
  });

  it('a question has a quote only with a quoteSource that was compared and holds it verbatim, in nl and en', () => {
    let quotes = 0;
    for (const q of QUESTION_IDS) {
      const node = lookup(guide.nl, `questions.${q}`) as LocaleTree | undefined;
      const keys = Object.keys(node ?? {}).filter((k) => QUOTE_KEY.test(k));
      for (const key of keys) {
        const nl = lookup(guide.nl, `questions.${q}.${key}`);
        const en = lookup(guide.en, `questions.${q}.${key}`);
        const sourceId = content[q]!.quoteSource;
        expect(sourceId, `${q}.${key}: a quote without a source`).toBeDefined();
        const source = SOURCES[sourceId!];
        expect(source.checked, `${q}.${key}: quoted from ${sourceId}, whose text nobody compared`).toBeDefined();
        expect(sourceHolds(source, String(nl)), `${q}.${key}: not verbatim in ${sourceId}`).toBe(true);
        expect(en, `${q}.${key}: en keeps the Dutch quote unchanged`).toBe(nl);
        quotes += 1;
      }
    }
    // The five afwegingen are quoted (MELDCODE.md §3); nothing else is, today.
    expect(quotes).toBe(5);
  });

  it('no quote key outside the questions (a quote anywhere else would go unchecked)', () => {
    for (const file of files) {
      for (const lang of ['nl', 'en'] as const) {
        for (const key of flatten(load(lang, file)).keys()) {
          if (!QUOTE_KEY.test(key) && !/\.quoteTranslation$/.test(key)) continue;
          expect((file === 'guide.json' || file === 'onderling.json') && key.startsWith('questions.'), `${lang}/${file}: ${key}`).toBe(true);
        }
      }
    }
  });

  it('onderling (issue 14 §5): a quote only with a compared quoteSource that holds it verbatim, in nl and en', () => {
    const onderling = { nl: load('nl', 'onderling.json'), en: load('en', 'onderling.json') };
    let quotes = 0;
    for (const q of ONDERLING_QUESTION_IDS) {
      const nl = lookup(onderling.nl, `questions.${q}.quote`);
      const sourceId = ONDERLING_QUESTION_CONTENT[q].quoteSource;
      expect(nl === undefined, `${q}: a quote exactly when a quoteSource is named`).toBe(sourceId === undefined);
      if (nl === undefined || !sourceId) continue;
      expect(SOURCES[sourceId].checked, `${q}: quoted from ${sourceId}, whose text nobody compared`).toBeDefined();
      expect(sourceHolds(SOURCES[sourceId], String(nl)), `${q}: not verbatim in ${sourceId}`).toBe(true);
      expect(lookup(onderling.en, `questions.${q}.quote`), `${q}: en keeps the Dutch quote unchanged`).toBe(nl);
      quotes += 1;
    }
    expect(quotes).toBe(2);
  });

  it('every source the onderling route cites has a title in both languages', () => {
    const cited = [
      ...Object.values(ONDERLING_QUESTION_CONTENT).flatMap((c) => [...c.sources, ...(c.quoteSource ? [c.quoteSource] : [])]),
      ...Object.values(ONDERLING_SECTOR_SOURCES).flat(),
      ...Object.values(ONDERLING_LEVEL_SOURCES).flat(),
      ...ONDERLING_ONLINE_SOURCES,
      ...ONDERLING_MELDCODE_SOURCES,
    ];
    for (const id of cited) {
      expect(SOURCE_IDS).toContain(id);
      for (const lang of ['nl', 'en'] as const) expect(lookup(guide[lang], `sources.${id}.title`), `${lang}: ${id}`).toBeTruthy();
    }
  });

  it('every article the guide cites is named by a source that was compared', () => {
    const compared = SOURCE_IDS.map((id) => SOURCES[id])
      .filter((s) => s.checked)
      .map((s) => [s.citation ?? '', ...(s.excerpts ?? [])].join(' '));
    const cited = new Set<string>();
    for (const [lang, word] of [['nl', 'artikel'], ['en', 'article']] as const) {
      for (const value of flatten(guide[lang]).values()) {
        // Book and article of the Civil Code too ("art. 1:251a"), so such a citation is checked whole.
        for (const m of String(value).matchAll(new RegExp(`\\b(?:${word}|art\\.) (\\d+(?::\\d+)?(?:\\.\\d+)*[a-z]?)\\b`, 'g'))) {
          cited.add(m[1]!);
        }
      }
    }
    expect(cited.size).toBeGreaterThan(0);
    for (const article of cited) {
      const named = new RegExp(`\\b(?:art\\.|artikel) ${article.replace(/\./g, '\\.')}\\b`);
      expect(compared.some((text) => named.test(text)), `article ${article} is cited but no compared source names it`).toBe(true);
    }
  });
});

/**
 * Dutch words that do not occur in English text. A heuristic: short and common enough that an
 * untranslated sentence always contains some, and none of them an English word ("die", "met",
 * "door", "kind", "over" are left out for that reason).
 */
const DUTCH_WORDS = new Set(
  (
    'de het een en van niet voor wordt worden zijn ook naar bij deze dat wat als maar geen je jij jouw uw jullie wij ' +
    'te er nog moet moeten kun kunt kan heeft hebt heb leerling leerlingen ouders melding melden meld zorgen gesprek ' +
    'signalen stap stappen vastleggen vastgelegd documenteren overleg overleggen bespreek alleen tot zonder hulp gevaar ' +
    'onveiligheid bijzonderheden verslag kinderen mishandeling geweld vermoeden afweging afwegingen beslissen besluit ' +
    'verwijzing toestemming'
  )
    .trim()
    .split(/\s+/),
);

/**
 * Dutch names and terms the English text keeps on purpose: proper names of services and laws'
 * short names, and the Dutch terms glossed in brackets ("pupil support coordinator (intern begeleider)").
 */
const KEPT_TERMS = [
  'Veilig Thuis',
  'Zorgroute',
  'meldcode',
  'sociale kaart',
  'aandachtsfunctionaris',
  'intern begeleiders',
  'intern begeleider',
  'zorgcoördinator',
  'houder',
  'afwegingskader',
  'gastouder',
];

/** Dutch words left in an English text: quotes (‘…’, “…”, "…") and {{variables}} removed first. */
function dutchWords(text: string): string[] {
  let rest = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    // Machine ids and values are code, not language: "stap2.bijzonder = nee".
    .replace(/\b[a-z]+\d*\.[a-z0-9-]+(\s*=\s*[a-z-]+)?/g, ' ')
    .replace(/“[^”]*”|‘[^’]*’|"[^"]*"/g, ' ');
  for (const term of KEPT_TERMS) rest = rest.replace(new RegExp(term, 'gi'), ' ');
  return (rest.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).filter((w) => DUTCH_WORDS.has(w));
}

describe('English pages show no Dutch outside quotes and citations', () => {
  it('the heuristic can fail: an untranslated sentence is caught, English and quotes are not', () => {
    expect(dutchWords('Bel Veilig Thuis als het kind niet veilig is.')).toEqual(expect.arrayContaining(['als', 'het', 'niet']));
    expect(dutchWords('Leg dit vast in het dossier')).not.toEqual([]);
    expect(dutchWords('Call Veilig Thuis (0800-2000) and discuss it with the aandachtsfunctionaris.')).toEqual([]);
    expect(dutchWords('The decree says ‘Breng de signalen in kaart’.')).toEqual([]);
    expect(dutchWords('Step {{step}} of 5: {{name}}')).toEqual([]);
    expect(dutchWords('only if stap2.bijzonder = nee')).toEqual([]);
  });

  it.each(files)('en/%s', (file) => {
    const found: string[] = [];
    for (const [key, value] of flatten(load('en', file))) {
      // Official Dutch wording is shown as a quote, labelled, with an unofficial translation.
      if (QUOTE_KEY.test(key) || typeof value !== 'string') continue;
      // The language switch offers Dutch in Dutch ("Naar Nederlands"), as language menus do.
      if (file === 'common.json' && /^language\.(nl|switchTo)$/.test(key)) continue;
      const words = dutchWords(value);
      if (words.length > 0) found.push(`${key}: ${words.join(', ')} — ${value.slice(0, 80)}`);
    }
    expect(found).toEqual([]);
  });
});

/**
 * Issue 14 §2, §4, §7: what a sector's kader adds to a question, and the help by the child's age,
 * state the law or a protocol, so each cites sources whose text was compared, and each text exists in
 * both languages for exactly the sectors (and age groups) that cite them.
 */
describe('sector kader notes and age help cite compared sources', () => {
  it('a sector note exists, in nl and en, exactly where content/questions.ts gives it sources that were compared', () => {
    let notes = 0;
    for (const q of QUESTION_IDS) {
      const cited = content[q]!.sectorNotes ?? {};
      for (const lang of ['nl', 'en'] as const) {
        const node = (lookup(guide[lang], `questions.${q}.sectorNotes`) ?? {}) as LocaleTree;
        expect(Object.keys(node).sort(), `${lang} ${q}: sector notes without sources`).toEqual(Object.keys(cited).sort());
      }
      for (const [sector, sources] of Object.entries(cited)) {
        expect(sources!.length, `${q} ${sector}`).toBeGreaterThan(0);
        for (const id of sources!) expect(SOURCES[id].checked, `${q} ${sector}: ${id} not compared`).toBeDefined();
        for (const lang of ['nl', 'en'] as const) {
          expect(String(lookup(guide[lang], `questions.${q}.sectorNotes.${sector}.title`) ?? '')).not.toBe('');
          expect(String(lookup(guide[lang], `questions.${q}.sectorNotes.${sector}.text`) ?? '')).not.toBe('');
        }
        notes += 1;
      }
    }
    // The kindcheck (sociaal werk, step 1) and the four sectors' kaders at afweging 2.
    expect(notes).toBe(5);
    expect(content['stap1.signalen']!.sectorNotes).toEqual({ 'sociaal-werk': ['augeo-kindcheck'] });
  });

  it('the age help cites compared sources and has a text for every age group, in nl and en', () => {
    for (const kind of AGE_HELP_KINDS) {
      for (const id of AGE_SOURCES[kind]) expect(SOURCES[id].checked, `${kind}: ${id} not compared`).toBeDefined();
      const groups: readonly string[] = kind === 'signals' ? SIGNAL_GROUPS : LEGAL_AGE_GROUPS;
      for (const lang of ['nl', 'en'] as const) {
        for (const part of ['title', 'intro', ...groups]) {
          expect(String(lookup(guide[lang], `age.${kind}.${part}`) ?? ''), `${lang} age.${kind}.${part}`).not.toBe('');
        }
      }
    }
    for (const lang of ['nl', 'en'] as const) {
      for (const band of AGE_BANDS) expect(String(lookup(guide[lang], `age.bands.${band}`) ?? '')).not.toBe('');
    }
    // The law's ages as the compared sources state them: under 12, 12 to 16, 16 or older.
    const jgz = SOURCES['jgz-richtlijn-stap3'];
    expect(sourceHolds(jgz, 'tot twaalf jaar, van twaalf tot zestien jaar en zestien jaar of ouder')).toBe(true);
    expect(sourceHolds(SOURCES['schulinck-scheiding-jeugdhulp'], 'beide ouders met gezag toestemming geven')).toBe(true);
    // Gezag after a divorce in the article's own words (BW 1:251 lid 2), and the court's exception (1:251a).
    expect(
      sourceHolds(SOURCES['bw-1-251'], 'blijven de ouders die gezamenlijk het gezag hebben, dit gezag gezamenlijk uitoefenen'),
    ).toBe(true);
    expect(sourceHolds(SOURCES['bw-1-251a'], 'bepalen dat het gezag over een kind aan één ouder toekomt')).toBe(true);
    // From 16: the secondary sources that name the Jeugdwet's and the BW's articles.
    expect(sourceHolds(SOURCES['jeugdwet-zestien-jaar'], 'artikel 7.3.5, eerste lid')).toBe(true);
    expect(sourceHolds(SOURCES['wgbo-driedeling'], 'niet in staat is tot redelijke waardering van zijn belangen')).toBe(true);
    // Under 12, in the WGBO's own words (BW 7:465 lid 1).
    expect(sourceHolds(SOURCES['bw-7-465'], 'de leeftijd van twaalf jaren nog niet heeft bereikt')).toBe(true);
  });

  it('a Civil Code citation ("art. 1:251a") is checked whole, not as its book number', () => {
    const pattern = /\b(?:artikel|art\.) (\d+(?::\d+)?(?:\.\d+)*[a-z]?)\b/g;
    const found = [...'(art. 1:251 lid 2 BW) … (art. 1:251a BW) … artikel 7.3.5'.matchAll(pattern)].map((m) => m[1]);
    expect(found).toEqual(['1:251', '1:251a', '7.3.5']);
  });

  it('the age bands map onto the signal lists’ groups and the law’s groups', () => {
    expect(AGE_BANDS.map(signalGroupOf)).toEqual(['0-4', '4-12', '12-18', '12-18']);
    expect(AGE_BANDS.map(legalAgeGroupOf)).toEqual(['onder-12', 'onder-12', '12-15', '16-plus']);
  });
});
