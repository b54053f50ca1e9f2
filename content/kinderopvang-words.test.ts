import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Kinderopvang is not a school (issue 14 §6): the report, its exports and the settings say "locatie"
 * in the kinderopvang and "school of locatie" in sociaal werk, through i18next context variants
 * (src/ui/sectorWords.tsx). These tests fail when a text that says "school" gets no variant, or a
 * variant says "school" again.
 */
type Json = { [key: string]: string | Json };
const load = (lang: string, ns: string): Json => JSON.parse(readFileSync(new URL(`./locales/${lang}/${ns}.json`, import.meta.url), 'utf8'));

function flatten(obj: Json, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

const SECTORS = ['kinderopvang', 'sociaal-werk'] as const;
/** "a.b_kinderopvang" for "a.b"; plural keys carry the context before the plural suffix ("imported_kinderopvang_one"). */
function variantKey(key: string, sector: string): string {
  const plural = /_(one|other)$/.exec(key);
  return plural ? `${key.slice(0, plural.index)}_${sector}${plural[0]}` : `${key}_${sector}`;
}
const isVariant = (key: string) => /_(po|vo|kinderopvang|sociaal-werk)(_one|_other)?$/.test(key);

const SCHOOL = { nl: /\bschol(en)?\b|\bschool/i, en: /\bschools?\b/i } as const;
/** A column name quoted in a hint (‘School-id’) names the stable CSV column, not the place. */
const unquoted = (text: string) => text.replace(/‘[^’]*’/g, '').replace(/out-of-school/g, '');

/**
 * The texts of the report and the settings, and the dimension labels (the per-school table's row
 * header, the route "begeleiding"; the record panel reads them too). Not: the CSV column names of the per-month file (report `csv.columns`), which stay the
 * same in every sector so a spreadsheet that reads them keeps working (docs/decisions.md).
 */
const CHECKED: { ns: string; keep(key: string): boolean }[] = [
  { ns: 'report', keep: (key) => !key.startsWith('csv.columns.') },
  { ns: 'settings', keep: () => true },
  { ns: 'dimensions', keep: () => true },
];

describe('kinderopvang and sociaal werk: the report and the settings say "locatie"', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const { ns, keep } of CHECKED) {
      it(`${lang}/${ns}: every text that says school has a kinderopvang and a sociaal werk variant`, () => {
        const texts = new Map(flatten(load(lang, ns)));
        const missing: string[] = [];
        for (const [key, text] of texts) {
          if (!keep(key) || isVariant(key) || !SCHOOL[lang].test(text)) continue;
          for (const sector of SECTORS) if (!texts.has(variantKey(key, sector))) missing.push(variantKey(key, sector));
        }
        expect(missing).toEqual([]);
      });

      it(`${lang}/${ns}: no kinderopvang variant says school; every sociaal werk variant that does names the other setting too`, () => {
        for (const [key, text] of flatten(load(lang, ns))) {
          if (/_kinderopvang(_one|_other)?$/.test(key)) expect(unquoted(text), key).not.toMatch(SCHOOL[lang]);
          if (/_sociaal-werk(_one|_other)?$/.test(key) && SCHOOL[lang].test(unquoted(text))) expect(text, key).toMatch(lang === 'nl' ? /locatie|kinderopvang/ : /location|childcare/);
        }
      });
    }
  }

  it('nl: a text of the report or the dimensions that says leerling or "de klas" has a kinderopvang variant that says neither', () => {
    const CHILD_WORDS = /\bleerling|\bde klas\b/i;
    for (const ns of ['report', 'dimensions']) {
      const texts = new Map(flatten(load('nl', ns)));
      for (const [key, text] of texts) {
        if (isVariant(key) || !CHILD_WORDS.test(text)) continue;
        const variant = texts.get(variantKey(key, 'kinderopvang'));
        expect(variant, `${ns}:${key}`).toBeDefined();
        expect(variant, `${ns}:${key}_kinderopvang`).not.toMatch(CHILD_WORDS);
      }
    }
  });

  it('the per-month CSV keeps its column names in every sector (no variant)', () => {
    for (const lang of ['nl', 'en']) {
      const keys = flatten(load(lang, 'report')).map(([key]) => key);
      expect(keys.filter((key) => key.startsWith('csv.columns.') && isVariant(key))).toEqual([]);
    }
    expect((load('nl', 'report').csv as Json).columns).toMatchObject({ schoolId: 'School-id', school: 'School', type: 'Type' });
  });
});

/**
 * The roles and the child (issue 14 §6, a kinderopvang practitioner reads these at once): the
 * kinderopvang has no intern begeleider, leerkracht, mentor or zorgcoördinator, and no leerling or
 * klas. Its protocol names the beroepskracht (pedagogisch medewerker), the leidinggevende and the
 * aandachtsfunctionaris (docs/decisions.md, "Kinderopvang roles"). Every text of the report, the
 * dimensions, the record panel and the sharing page that names a school role or a pupil has a
 * kinderopvang variant that names none. Not checked: the per-month CSV's column names (a file format).
 */
describe('kinderopvang: the roles and the child of the kinderopvang, not of a school', () => {
  const SCHOOL_WORDS = {
    nl: /intern begeleider|leerkracht|\bmentor|zorgco[öo]rdinator|\bleerling|\bde klas\b|\bin de klas\b|\bdocent/i,
    en: /pupil support coordinator|\bteachers?\b|\bmentor|care coordinator|\bpupils?\b|\bclass(room)?\b/i,
  } as const;
  const NAMESPACES: { ns: string; keep(key: string): boolean }[] = [
    { ns: 'report', keep: (key) => !key.startsWith('csv.columns.') },
    { ns: 'dimensions', keep: () => true },
    { ns: 'record', keep: () => true },
    { ns: 'sharing', keep: () => true },
  ];
  for (const lang of ['nl', 'en'] as const) {
    for (const { ns, keep } of NAMESPACES) {
      it(`${lang}/${ns}: a text naming a school role or a pupil has a kinderopvang variant naming none`, () => {
        const texts = new Map(flatten(load(lang, ns)));
        const wrong: string[] = [];
        for (const [key, text] of texts) {
          if (!keep(key) || isVariant(key) || !SCHOOL_WORDS[lang].test(text)) continue;
          const variant = texts.get(variantKey(key, 'kinderopvang'));
          if (variant === undefined || SCHOOL_WORDS[lang].test(variant)) wrong.push(`${ns}:${key}`);
        }
        expect(wrong).toEqual([]);
      });
    }
  }

  it('the report and the dimensions name the kinderopvang roles instead', () => {
    const nl = { report: new Map(flatten(load('nl', 'report'))), dimensions: new Map(flatten(load('nl', 'dimensions'))) };
    expect(nl.dimensions.get('contact.ib_kinderopvang')).toBe('Aandachtsfunctionaris of leidinggevende');
    expect(nl.dimensions.get('contact.leerkracht_kinderopvang')).toBe('Pedagogisch medewerker');
    expect(nl.report.get('support.types.expertisedeling-docenten_kinderopvang')).toBe('Expertisedeling met pedagogisch medewerkers');
    const en = new Map(flatten(load('en', 'dimensions')));
    expect(en.get('via.leerkracht_kinderopvang')).toBe('Childcare worker');
    // po and vo keep the school's words.
    expect(nl.dimensions.get('contact.ib')).toBe('Intern begeleider');
    expect(nl.report.get('support.types.expertisedeling-ib')).toBe('Expertisedeling met intern begeleiders');
  });
});
