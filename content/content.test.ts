import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, CONTACTS, DEFAULT_PARTNERS, FLAGS, MELDCODE_STEPS, PARTNER_ANSWER, QUESTIONS, QUESTION_IDS, ROUTES, SCHOOL_TYPES, SECTORS, THEMES, VIAS } from '../machines/ids';
import { COUNTED_ROUTES, ONDERLING_QUESTIONS, ONDERLING_QUESTION_IDS } from '../machines/onderling.ids';
import { ROLE_IDS } from '../machines/sector';
import { flatten, interpolations, keyDifference, lookup, type LocaleTree } from './locales.helpers';
import { OUTCOMES, OUTCOME_KEYS, WAITING_CONTENT, resolveOutcome } from './outcomes';
import { DEFINITION_IDS, QUESTION_CONTENT, questionSources, type QuestionContent } from './questions';
import { SOURCES, SOURCE_IDS } from './sources';
import { CONTENT_VERSION } from './version';

const LOCALES_DIR = join(import.meta.dirname, 'locales');
const LANGS = ['nl', 'en'] as const;
type Lang = (typeof LANGS)[number];

function namespaces(lang: Lang): string[] {
  return readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.json')).sort();
}
function load(lang: Lang, file: string): LocaleTree {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as LocaleTree;
}
const guide = { nl: load('nl', 'guide.json'), en: load('en', 'guide.json') };
const common = { nl: load('nl', 'common.json'), en: load('en', 'common.json') };
// Category names load with the pages that count or report (issue 16: not in the first load).
const dimensions = { nl: load('nl', 'dimensions.json'), en: load('en', 'dimensions.json') };

/** The one deliberate asymmetry: `en` adds an unofficial translation beside each Dutch quote. */
const enOnly = (file: string) => (key: string) =>
  (file === 'guide.json' || file === 'onderling.json') && /^questions\..+\.quoteTranslation$/.test(key);

function expectString(tree: LocaleTree, key: string, where: string) {
  const value = lookup(tree, key);
  expect(typeof value === 'string' && value.trim().length > 0, `${where}: missing or empty "${key}"`).toBe(true);
}
function expectList(tree: LocaleTree, key: string, where: string) {
  const value = lookup(tree, key);
  expect(
    Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim()),
    `${where}: "${key}" must be a non-empty list of texts`,
  ).toBe(true);
}

/**
 * Official wording (MELDCODE.md §3), verbatim as compared on the NJi page (content/sources.ts).
 * Steps 1–3 have none: their names are descriptions, not the decree's wording (§8.2).
 */
const OFFICIAL_WORDING: Record<string, string> = {
  'afweging.1':
    'Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?',
  'afweging.2':
    'Schat ik op basis van de stappen 1 tot en met 4 van de meldcode in dat er sprake is van acute onveiligheid en/of structurele onveiligheid?',
  'afweging.3':
    'Ben ik in staat effectieve hulp te bieden of organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?',
  'afweging.4':
    'Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?',
  'afweging.5':
    'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?',
};

describe('locale files: nl and en have the same keys', () => {
  it('every namespace file exists in both languages', () => {
    expect(namespaces('nl')).toEqual(namespaces('en'));
    expect(namespaces('nl')).toEqual(expect.arrayContaining(['common.json', 'guide.json']));
  });

  // One test per file present, so other areas' namespaces are held to the same rule.
  const files = [...new Set([...namespaces('nl'), ...namespaces('en')])];
  it.each(files)('%s: same flattened keys (contexts, plurals and list items included)', (file) => {
    const { onlyInA, onlyInB } = keyDifference(load('nl', file), load('en', file), enOnly(file));
    expect({ onlyInNl: onlyInA, onlyInEn: onlyInB }).toEqual({ onlyInNl: [], onlyInEn: [] });
  });

  it.each(files)('%s: no empty value, same {{variables}} in both languages', (file) => {
    const nl = flatten(load('nl', file));
    const en = flatten(load('en', file));
    for (const [lang, map] of [['nl', nl], ['en', en]] as const) {
      for (const [key, value] of map) {
        expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${file}: "${key}" is empty or not text`).toBe(true);
      }
    }
    for (const [key, value] of nl) {
      const other = en.get(key);
      if (typeof value === 'string' && typeof other === 'string') {
        expect(interpolations(other), `${file}: "${key}" interpolates different variables`).toEqual(interpolations(value));
      }
    }
  });

  it.each(files)('%s: every sector context variant has its base key', (file) => {
    for (const lang of LANGS) {
      for (const key of flatten(load(lang, file)).keys()) {
        // "…help_vo" or "…next_kinderopvang.2": the context suffix sits on the last object key.
        const match = /^(.*?)_(po|vo|kinderopvang|sociaal-werk)(\.\d+)?$/.exec(key);
        if (!match) continue;
        expect(lookup(load(lang, file), match[1]!), `${lang}/${file}: "${key}" has no base "${match[1]}"`).toBeDefined();
      }
    }
  });

  it('the key check catches a deleted key and an extra one', () => {
    const nl = { a: { b: 'x', c: ['1', '2'] } };
    expect(keyDifference(nl, { a: { b: 'x', c: ['1'] } }).onlyInA).toEqual(['a.c.1']);
    expect(keyDifference(nl, { a: { b: 'x', c: ['1', '2'], d: 'y' } }).onlyInB).toEqual(['a.d']);
  });
});

describe('guide: every id has its words', () => {
  for (const lang of LANGS) {
    const g = guide[lang];
    it(`${lang}: every question has a title; every fixed answer value has a label`, () => {
      for (const q of QUESTION_IDS) {
        expectString(g, `questions.${q}.title`, lang);
        const spec = QUESTIONS[q];
        if (spec === PARTNER_ANSWER) continue; // labels come from the sociale kaart
        for (const value of spec) expectString(g, `answers.${q}.${value}`, lang);
      }
    });

    it(`${lang}: no answer label for a value the machine does not know`, () => {
      for (const key of flatten(lookup(g, 'answers'), 'answers').keys()) {
        const match = /^answers\.(.+)\.([^.]+)$/.exec(key)!;
        const spec = (QUESTIONS as Record<string, readonly string[] | string>)[match[1]!];
        expect(Array.isArray(spec) && spec.includes(match[2]!), `${lang}: stray answer label "${key}"`).toBe(true);
      }
    });

    it(`${lang}: every route and outcome variant has title, lead, next and record; waiting too`, () => {
      for (const route of ROUTES) expect(OUTCOME_KEYS).toContain(route);
      for (const key of OUTCOME_KEYS) {
        expectString(g, `outcomes.${key}.title`, lang);
        expectString(g, `outcomes.${key}.lead`, lang);
        expectList(g, `outcomes.${key}.next`, lang);
        expectList(g, `outcomes.${key}.record`, lang);
      }
      expectString(g, `${WAITING_CONTENT.key}.title`, lang);
      expectString(g, `${WAITING_CONTENT.key}.lead`, lang);
      expectList(g, `${WAITING_CONTENT.key}.next`, lang);
      expectString(g, `${WAITING_CONTENT.key}.reminder`, lang);
    });

    it(`${lang}: flags, steps, roles, definitions and sources have labels`, () => {
      for (const flag of FLAGS) expectString(g, `flags.${flag}`, lang);
      for (const step of MELDCODE_STEPS) expectString(g, `steps.${step}`, lang);
      for (const role of ROLE_IDS) expectString(g, `roles.${role}`, lang);
      for (const d of DEFINITION_IDS) {
        expectString(g, `definitions.${d}.term`, lang);
        expectString(g, `definitions.${d}.text`, lang);
      }
      for (const s of SOURCE_IDS) expectString(g, `sources.${s}.title`, lang);
    });

    it(`${lang}: review, progress and error strings the guide needs`, () => {
      for (const key of ['review.title', 'review.change', 'review.confirm', 'progress.meldcode', 'errors.required']) {
        expectString(g, key, lang);
      }
      expect(interpolations(lookup(g, 'progress.meldcode') as string)).toEqual(['name', 'step']);
    });
  }

  it('step names are descriptions; step 5 names the two decisions of the afwegingskader', () => {
    expect(lookup(guide.nl, 'steps.5')).toBe('Beslissen: is melden noodzakelijk? Is hulp (ook) mogelijk?');
    for (const q of ['stap1.signalen', 'stap2.consultatie', 'stap3.gesprek']) {
      expect(lookup(guide.nl, `questions.${q}.quote`), `${q} has no official quote`).toBeUndefined();
    }
  });
});

describe('kinderopvang: the guide speaks of a child, not a pupil', () => {
  it('every nl guide text that says "leerling" has a kinderopvang variant, and no variant says it', () => {
    const keys = flatten(guide.nl);
    for (const [key, value] of keys) {
      if (typeof value !== 'string' || /^(sources|roles)\./.test(key)) continue;
      const variant = /_(po|vo|kinderopvang|sociaal-werk)(\.\d+)?$/.exec(key);
      if (variant) {
        if (variant[1] === 'kinderopvang') expect(value, key).not.toMatch(/\bleerling/i);
        continue;
      }
      if (!/\bleerling/i.test(value)) continue;
      // "outcomes.advies.next.1" → its variant is the whole list "outcomes.advies.next_kinderopvang".
      const base = key.replace(/\.\d+$/, '');
      expect(lookup(guide.nl, `${base}_kinderopvang`), `${key} says "leerling" but has no kinderopvang variant`).toBeDefined();
    }
  });
});

describe('common and dimensions: labels for sectors, roles on the start screen, partners and every counting dimension', () => {
  const dims = {
    contact: CONTACTS,
    via: VIAS,
    activiteit: ACTIVITIES,
    thema: THEMES,
    route: COUNTED_ROUTES,
    flag: FLAGS,
    schoolType: SCHOOL_TYPES,
  } as const;
  for (const lang of LANGS) {
    const c = common[lang];
    it(`${lang}`, () => {
      for (const s of SECTORS) expectString(c, `sectors.${s}`, lang);
      for (const r of ['ib', 'zorgcoordinator', 'sociaal-werker', 'trainer', 'pedagogisch-medewerker', 'leidinggevende', 'aandachtsfunctionaris']) {
        expectString(c, `userRoles.${r}`, lang);
      }
      for (const p of Object.keys(DEFAULT_PARTNERS)) expectString(c, `partners.${p}`, lang);
      for (const [dim, ids] of Object.entries(dims)) {
        for (const id of ids) expectString(dimensions[lang], `${dim}.${id}`, lang);
      }
      for (const key of ['app.name', 'nav.start', 'nav.guide', 'nav.report', 'nav.training', 'nav.settings', 'acute.button', 'acute.text', 'actions.back', 'actions.continue', 'skipLink', 'language.nl', 'language.en', 'errors.chooseAnswer']) {
        expectString(c, key, lang);
      }
    });
  }
  it('the acute exit names 112 and Veilig Thuis 0800-2000 in both languages', () => {
    for (const lang of LANGS) expect(lookup(common[lang], 'acute.button')).toMatch(/112.*0800-2000/);
  });
});

describe('quotes and sources', () => {
  const content = QUESTION_CONTENT as Record<string, QuestionContent>;

  it('a question has a quote exactly when content/questions.ts names its source', () => {
    for (const q of QUESTION_IDS) {
      const quote = lookup(guide.nl, `questions.${q}.quote`);
      expect(quote !== undefined, `${q}: quote and quoteSource disagree`).toBe(content[q]!.quoteSource !== undefined);
    }
  });

  it('quotes are the official Dutch wording, unchanged in both languages', () => {
    for (const [q, wording] of Object.entries(OFFICIAL_WORDING)) {
      expect(lookup(guide.nl, `questions.${q}.quote`), q).toBe(wording);
      expect(lookup(guide.en, `questions.${q}.quote`), `${q} (en keeps the Dutch quote)`).toBe(wording);
    }
    // Every quote in the locales is one of the official texts: no quote without a check.
    for (const q of QUESTION_IDS) {
      const quote = lookup(guide.nl, `questions.${q}.quote`);
      if (quote !== undefined) expect(OFFICIAL_WORDING[q], `${q}: unchecked quote`).toBe(quote);
    }
  });

  it('en has an unofficial translation for every quote, and only for quotes', () => {
    for (const q of QUESTION_IDS) {
      const hasQuote = lookup(guide.nl, `questions.${q}.quote`) !== undefined;
      const translation = lookup(guide.en, `questions.${q}.quoteTranslation`);
      expect(typeof translation === 'string' && translation.length > 0, `${q}: quoteTranslation`).toBe(hasQuote);
      expect(lookup(guide.nl, `questions.${q}.quoteTranslation`), `${q}: nl needs no translation`).toBeUndefined();
    }
  });

  it('afweging 1–5 quote the afwegingskader as compared on the NJi page; steps 1–3 quote nothing', () => {
    for (const n of [1, 2, 3, 4, 5]) expect(content[`afweging.${n}`]!.quoteSource).toBe('nji-afwegingskader');
    for (const q of ['stap1.signalen', 'stap2.consultatie', 'stap3.gesprek']) {
      expect(content[q]!.quoteSource).toBeUndefined();
    }
  });

  it('every source id referenced exists, and every source is well formed', () => {
    expect(Object.keys(SOURCES).sort()).toEqual([...SOURCE_IDS].sort());
    const referenced = new Set<string>();
    for (const q of QUESTION_IDS) {
      const c = content[q]!;
      if (c.quoteSource) referenced.add(c.quoteSource);
      for (const s of c.sources) referenced.add(s);
      for (const list of Object.values(c.sourcesBySector ?? {})) for (const s of list ?? []) referenced.add(s);
    }
    for (const o of Object.values(OUTCOMES) as { sources: readonly string[]; sourcesBySector?: Record<string, readonly string[]> }[]) {
      for (const s of o.sources) referenced.add(s);
      for (const list of Object.values(o.sourcesBySector ?? {})) for (const s of list) referenced.add(s);
    }
    for (const s of WAITING_CONTENT.sources) referenced.add(s);
    for (const s of referenced) expect(SOURCE_IDS as readonly string[], `unknown source "${s}"`).toContain(s);
    for (const source of Object.values(SOURCES)) {
      // Urls are kept as they were compared (three small sites were read over http).
      expect(source.url).toMatch(/^https?:\/\//);
      expect(source.publisher.trim()).not.toBe('');
      if (source.checked !== undefined) expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('definitions referenced by questions exist; afweging.2, triage.acuut and triage.signalen show the required ones', () => {
    for (const q of QUESTION_IDS) for (const d of content[q]!.definitions) expect(DEFINITION_IDS).toContain(d);
    expect(content['afweging.2']!.definitions).toEqual(
      expect.arrayContaining(['acute-onveiligheid', 'structurele-onveiligheid', 'disclosure']),
    );
    expect(content['triage.acuut']!.definitions).toEqual(expect.arrayContaining(['acute-onveiligheid', 'disclosure']));
    expect(content['triage.signalen']!.definitions).toEqual(
      expect.arrayContaining([
        'huiselijk-geweld',
        'kindermishandeling',
        'eergerelateerd-geweld',
        'huwelijksdwang',
        'vrouwelijke-genitale-verminking',
        'getuige-van-geweld',
      ]),
    );
  });

  it('sector sources replace the general ones where the kaders differ (MELDCODE.md §8.6)', () => {
    expect(questionSources('triage.medewerker', 'po')).toContain('wpo-meldplicht');
    expect(questionSources('triage.medewerker', 'vo')).toContain('wvo-meldplicht');
    expect(questionSources('triage.medewerker', 'kinderopvang')).toEqual(
      expect.arrayContaining(['wet-kinderopvang-meldplicht', 'klachtenloket-kinderopvang', 'kinderopvang-protocol-2024']),
    );
    const sociaalWerk = questionSources('triage.medewerker', 'sociaal-werk');
    expect(sociaalWerk).toEqual(expect.arrayContaining(['wmo-calamiteiten', 'igj-jeugdhulp-melden']));
    // No school-board regime in social work.
    expect(sociaalWerk).not.toContain('wpo-meldplicht');
    expect(sociaalWerk).not.toContain('inspectie-zedenmisdrijven');
  });
});

describe('outcomes', () => {
  it('Veilig Thuis is shown on melding routes; partner contact and consent on referrals', () => {
    expect(OUTCOMES['veilig-thuis'].showVeiligThuis).toBe(true);
    for (const r of ['intern', 'extern'] as const) {
      expect(OUTCOMES[r].showPartnerContact).toBe(true);
      expect(OUTCOMES[r].consentReminder).toBe(true);
    }
    expect(OUTCOMES.advies.showPartnerContact).toBe(false);
  });

  it('variants follow flags and answers', () => {
    expect(resolveOutcome('veilig-thuis', ['acuut'], [['triage.acuut', 'ja']])).toMatchObject({
      key: 'veilig-thuis-acuut',
      showEmergency: true,
      showVeiligThuis: true,
    });
    expect(resolveOutcome('veilig-thuis', ['vt-advies'], [['afweging.2', 'ja']])).toMatchObject({
      key: 'veilig-thuis',
      showEmergency: false,
    });
    expect(resolveOutcome('veilig-thuis', [], [['afweging.5', 'nee']]).key).toBe('veilig-thuis-opnieuw');
    expect(resolveOutcome('afgesloten', [], [['afweging.5', 'ja']]).key).toBe('afgesloten-na-hulp');
    expect(resolveOutcome('afgesloten', [], [['afweging.1', 'nee']]).key).toBe('afgesloten');
    expect(resolveOutcome('begeleiding', [], [['steun.toestemming', 'nee']])).toMatchObject({
      key: 'begeleiding-geen-toestemming',
      consentReminder: true,
    });
  });

  it('the meldplicht outcome names the board and the childcare houder where it differs', () => {
    const first = (key: string) => (lookup(guide.nl, key) as string[])[0];
    expect(first('outcomes.meldplicht-bestuur.next')).toMatch(/bevoegd gezag.*niet genoeg/);
    expect(first('outcomes.meldplicht-bestuur.next_kinderopvang')).toMatch(/houder/);
    // Kinderopvang: when the houder is the suspect, the employee goes to the police directly.
    expect(lookup(guide.nl, 'outcomes.meldplicht-bestuur.next_kinderopvang')).toEqual(
      expect.arrayContaining([expect.stringMatching(/houder of directeur zelf.*politie/)]),
    );
    // Sociaal werk: the provider reports to the toezichthouder, not to a school board.
    expect(first('outcomes.meldplicht-bestuur.next_sociaal-werk')).not.toMatch(/bevoegd gezag/);
    expect(lookup(guide.nl, 'outcomes.meldplicht-bestuur.next_sociaal-werk')).toEqual(
      expect.arrayContaining([expect.stringMatching(/artikel 3\.4.*artikel 4\.1\.8/)]),
    );
    expect(lookup(guide.nl, 'outcomes.veilig-thuis.next')).toEqual(
      expect.arrayContaining([expect.stringMatching(/0800-2000/), expect.stringMatching(/niet anoniem/)]),
    );
    expect(lookup(guide.nl, 'outcomes.veilig-thuis.lead')).toMatch(/5 werkdagen/);
  });
});

describe('runtime path', () => {
  it('the content version is a dated version string', () => {
    expect(CONTENT_VERSION).toMatch(/^\d{4}\.(0[1-9]|1[0-2])\.\d+$/);
  });

  it('data modules the guide loads do not import zod (the first page must not load it)', () => {
    // The modules the first page may load statically; casus*.ts is a lazily loaded importer.
    const dataModules = ['version.ts', 'sources.ts', 'questions.ts', 'outcomes.ts', 'sociale-kaart.ts'];
    for (const f of dataModules) {
      const source = readFileSync(join(import.meta.dirname, f), 'utf8');
      // Type-only imports are erased by the compiler and cost nothing at run time.
      const runtimeImports = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+(['"][^'"]+['"])/gms)]
        .map((m) => m[1])
        .join('\n');
      expect(runtimeImports, `${f} imports zod`).not.toMatch(/['"]zod['"]/);
      expect(runtimeImports, `${f} imports a schema`).not.toMatch(/\.schema['"]/);
      expect(source, `${f} loads zod lazily`).not.toMatch(/import\(['"]zod['"]\)/);
    }
  });
});

describe('onderling (behaviour between children, issue 14 §5): every id has its words and sources', () => {
  const onderling = { nl: load('nl', 'onderling.json'), en: load('en', 'onderling.json') };
  for (const lang of LANGS) {
    const o = onderling[lang];
    it(`${lang}: every question has title, hint and help; every value a label; every outcome block its words`, () => {
      for (const q of ONDERLING_QUESTION_IDS) {
        for (const part of ['title', 'hint', 'help']) expectString(o, `questions.${q}.${part}`, lang);
        for (const value of ONDERLING_QUESTIONS[q]) expectString(o, `answers.${q}.${value}`, lang);
      }
      for (const level of ['groen', 'geel', 'ernstig', 'ander']) {
        expectString(o, `outcome.lead_${level}`, lang);
        expectList(o, `outcome.next_${level}`, lang);
      }
      for (const group of ['kinderopvang', 'onderwijs', 'sociaal-werk']) expectList(o, `outcome.sector.${group}`, lang);
      expectList(o, 'outcome.online', lang);
      expectList(o, 'outcome.record', lang);
      for (const key of ['progress', 'quoteSource', 'outcome.title', 'outcome.meldcode', 'outcome.meldcodeLink']) {
        expectString(o, key, lang);
      }
      // The start page's entry lives in `guide` (the start page loads no other namespace).
      for (const key of ['onderlingStart.title', 'onderlingStart.text', 'onderlingStart.begin']) expectString(guide[lang], key, lang);
    });

    it(`${lang}: no answer label for a value the machine does not know`, () => {
      for (const key of flatten(lookup(o, 'answers'), 'answers').keys()) {
        const match = /^answers\.(.+)\.([^.]+)$/.exec(key)!;
        const spec = (ONDERLING_QUESTIONS as Record<string, readonly string[]>)[match[1]!];
        expect(spec?.includes(match[2]!), `${lang}: stray answer label "${key}"`).toBe(true);
      }
    });
  }

  it('the childcare texts speak of children, never of pupils', () => {
    for (const value of flatten(lookup(onderling.nl, 'outcome.sector.kinderopvang') as LocaleTree).values()) {
      expect(String(value)).not.toMatch(/\bleerling/i);
    }
  });
});
