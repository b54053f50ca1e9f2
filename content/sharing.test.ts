import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, type LocaleTree } from './locales.helpers';
import { SHARING_LEAD_SOURCES, SHARING_SECTION_IDS, SHARING_SOURCES } from './sharing';
import { SOURCES, sourceHolds, type SourceId } from './sources';

/**
 * The help page on sharing information (issue 14 §3) states law and professional rules, so it holds
 * to the rules of content/fidelity.test.ts: every passage in quote marks stands verbatim in a compared
 * excerpt of a source its own section cites, and every section cites compared sources only.
 */

const load = (lang: 'nl' | 'en') =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'locales', lang, 'sharing.json'), 'utf8')) as LocaleTree;
const sharing = { nl: load('nl'), en: load('en') };

/** Passages between ‘ and ’ (a ’ inside a word, as in "family’s", is an apostrophe, not a close). */
function quotedPassages(text: string): string[] {
  return [...text.matchAll(/‘([^‘]+?)’(?![a-z])/g)].map((m) => m[1]!);
}

function sourcesOfKey(key: string): readonly SourceId[] {
  const section = /^sections\.([a-z]+)\./.exec(key)?.[1];
  return section ? SHARING_SOURCES[section as keyof typeof SHARING_SOURCES] : SHARING_LEAD_SOURCES;
}

describe('the help page on sharing information', () => {
  it('has every section in both languages, each with compared sources', () => {
    for (const lang of ['nl', 'en'] as const) {
      const keys = [...flatten(sharing[lang]).keys()];
      for (const id of SHARING_SECTION_IDS) {
        expect(keys, `${lang}: ${id}`).toEqual(expect.arrayContaining([`sections.${id}.heading`, `sections.${id}.text`]));
      }
    }
    for (const ids of [SHARING_LEAD_SOURCES, ...Object.values(SHARING_SOURCES)]) {
      expect(ids.length).toBeGreaterThan(0);
      // Compared (a date), not necessarily on the day the page was written: later passes add sources.
      for (const id of ids) expect(SOURCES[id].checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('quotes only what stands verbatim in a compared source of the same section', () => {
    let quotes = 0;
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, value] of flatten(sharing[lang])) {
        for (const passage of quotedPassages(String(value))) {
          const ids = sourcesOfKey(key);
          expect(
            ids.some((id) => sourceHolds(SOURCES[id], passage)),
            `${lang} ${key}: ‘${passage}’ is in none of ${ids.join(', ')}`,
          ).toBe(true);
          quotes += 1;
        }
      }
    }
    // The lead and the sections quote their sources in both languages (the Dutch wording kept in en).
    expect(quotes).toBeGreaterThanOrEqual(14);
  });

  it('the check can fail: a changed word is not verbatim', () => {
    const passage = 'Een leerling wordt alleen op naam besproken als ouders daar toestemming voor geven.';
    expect(sourceHolds(SOURCES['zat-op-naam'], passage)).toBe(true);
    expect(sourceHolds(SOURCES['zat-op-naam'], passage.replace('ouders', 'leerkrachten'))).toBe(false);
    expect(quotedPassages('the family’s trust, ‘Praten mét’ and the school’s')).toEqual(['Praten mét']);
  });
});
