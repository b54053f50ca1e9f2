import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAGS, SECTORS, type Answer } from '../machines/ids';
import { COUNTED_ROUTES } from '../machines/onderling.ids';
import { pathRows } from '../machines/paths';
import { jsonErrorOffset, parseCasus, runCasus, toCasusJson, type Casus } from './casus';

const casesDir = fileURLToPath(new URL('./cases/', import.meta.url));
const files = readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();
const shipped = files.map((file) => {
  const parsed = parseCasus(readFileSync(casesDir + file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return { file, casus: parsed.casus, result: runCasus(parsed.casus) };
});

const base = (answers: Answer[], expectation: object): string =>
  JSON.stringify({
    id: 'test',
    title: { nl: 'Test', en: 'Test' },
    sector: 'po',
    story: { nl: '', en: '' },
    answers,
    expect: expectation,
  });
const mustParse = (text: string): Casus => {
  const parsed = parseCasus(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.casus;
};

const TRIAGE_TO_MELDCODE: Answer[] = [['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'ja']];

describe('shipped casus files (content/cases)', () => {
  it('are at least 16, each passes, and its id is its file name', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const { file, casus, result } of shipped) {
      expect(result.pass, `${file}: ${result.message}`).toBe(true);
      expect(`${casus.id}.json`).toBe(file);
    }
  });

  it('have a Dutch and an English title and story', () => {
    for (const { file, casus } of shipped) {
      for (const lang of ['nl', 'en'] as const) {
        expect(casus.title[lang].length, file).toBeGreaterThan(5);
        expect(casus.story[lang].length, file).toBeGreaterThan(100);
      }
      expect(casus.story.nl).not.toBe(casus.story.en);
    }
  });

  it('together reach every route, both flags, both waiting states and every sector, with refusals', () => {
    const reached = shipped.filter((s) => !s.result.rejected);
    expect(new Set(reached.map((s) => s.result.route))).toEqual(new Set(COUNTED_ROUTES));
    expect(new Set(reached.flatMap((s) => s.result.flags))).toEqual(new Set(FLAGS));
    expect(new Set(reached.filter((s) => s.result.waiting).map((s) => s.result.route))).toEqual(new Set(['intern', 'extern']));
    expect(new Set(shipped.map((s) => s.casus.sector))).toEqual(new Set(SECTORS));
    const refusals = shipped.filter((s) => s.casus.expect.rejected);
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(new Set(refusals.map((s) => s.result.rejected?.reason))).toEqual(new Set(['value-not-allowed', 'not-asked-now']));
    // Every expected route is written down in a casus (not only reached).
    expect(new Set(reached.map((s) => s.casus.expect.route))).toEqual(new Set(COUNTED_ROUTES));
  });

  it('have unique ids', () => {
    const ids = shipped.map((s) => s.casus.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('rationale, alternatives and notes (issue 14 §8)', () => {
  const withExtra = (answers: Answer[], expectation: object, extra: object) => JSON.stringify({ ...JSON.parse(base(answers, expectation)), ...extra });
  const why = { nl: 'Omdat.', en: 'Because.' };

  it('are optional: every shipped file without them stays valid', () => {
    expect(shipped.some(({ casus }) => casus.rationale === undefined)).toBe(true);
  });

  it('are read per answered question, with an alternative the machine takes', () => {
    const casus = mustParse(
      withExtra([...TRIAGE_TO_MELDCODE, ['stap1.signalen', 'vastgelegd'], ['stap2.bijzonder', 'nee'], ['stap2.consultatie', 'collega']], { route: 'advies' }, {
        notes: why,
        rationale: { 'triage.acuut': why },
        alternatives: { 'stap2.consultatie': [{ value: 'beide', rationale: why }] },
      }),
    );
    expect(casus.rationale?.['triage.acuut']).toEqual(why);
    expect(casus.alternatives?.['stap2.consultatie']?.[0].value).toBe('beide');
    expect(casus.notes).toEqual(why);
  });

  it('refuse a rationale for a question the casus does not answer, an alternative equal to the answer or unknown', () => {
    const result = parseCasus(
      withExtra([['triage.acuut', 'nee']], { route: 'advies' }, {
        rationale: { 'afweging.1': why, 'triage.acuut': why },
        alternatives: { 'triage.acuut': [{ value: 'nee', rationale: why }, { value: 'misschien', rationale: why }] },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      'rationale.afweging.1: afweging.1 is not answered in this casus',
      'alternatives.triage.acuut[0].value: nee is the casus answer itself, not an alternative',
      'alternatives.triage.acuut[1].value: misschien is not an answer to triage.acuut (answers: ja, nee)',
    ]);
    // The same problems as message keys, for training to word in the page's language.
    expect(result.problems[0]).toEqual({ path: 'rationale.afweging.1', key: 'notAnswered', params: { question: 'afweging.1' } });
  });

  it('name an unknown question id and a rationale missing a language', () => {
    const unknown = parseCasus(withExtra([['triage.acuut', 'nee']], { route: 'advies' }, { rationale: { 'stap9.x': why } }));
    expect(!unknown.ok && unknown.issues).toEqual(['rationale.stap9.x: unknown question id "stap9.x"']);
    const oneLanguage = parseCasus(withExtra([['triage.acuut', 'nee']], { route: 'advies' }, { rationale: { 'triage.acuut': { nl: 'Alleen nl.' } } }));
    expect(!oneLanguage.ok && oneLanguage.issues).toEqual(['rationale.triage.acuut.en: missing (expected a text)']);
    expect(!oneLanguage.ok && oneLanguage.problems).toEqual([{ path: 'rationale.triage.acuut.en', key: 'text', params: {}, missing: true }]);
  });

  it('fail the run when the machine refuses an alternative where the casus answers', () => {
    const answers: Answer[] = [...TRIAGE_TO_MELDCODE, ['stap1.signalen', 'vastgelegd'], ['stap2.bijzonder', 'ja'], ['stap2.consultatie', 'beide']];
    const full: Answer[] = [...answers, ['stap3.gesprek', 'gevoerd'], ['afweging.1', 'nee']];
    const casus = mustParse(withExtra(full, { route: 'afgesloten' }, { alternatives: { 'stap2.consultatie': [{ value: 'collega', rationale: why }] } }));
    const result = runCasus(casus);
    expect(result).toMatchObject({ pass: false, message: 'alternative stap2.consultatie = collega is refused by the machine (allowed: veilig-thuis, beide)' });
  });

  it('every shipped rationale and alternative is in both languages and the machine takes each alternative', () => {
    for (const { file, casus, result } of shipped) {
      for (const text of Object.values(casus.rationale ?? {})) expect(text?.nl && text.en, file).toBeTruthy();
      expect(result.pass, `${file}: ${result.message}`).toBe(true);
    }
    expect(shipped.filter(({ casus }) => casus.rationale).length, 'some shipped casus carry rationale').toBeGreaterThanOrEqual(3);
  });
});

describe('parseCasus', () => {
  it('refuses an over-long text or list with its bound (issue 13)', () => {
    const file = JSON.parse(base([], { route: 'advies' }));
    file.story.nl = 'x'.repeat(20_001);
    file.answers = Array.from({ length: 101 }, () => ['triage.acuut', 'nee']);
    const result = parseCasus(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path: 'story.nl', key: 'tooLong', params: { max: '20000' } });
    expect(result.problems).toContainEqual({ path: 'answers', key: 'tooMany', params: { max: '100' } });
    expect(result.message).toContain('story.nl: at most 20000 characters');
  });

  it('reports bad JSON with line and column', () => {
    const result = parseCasus('{\n  "id": "x",\n  "answers": [\n    ["triage.acuut", "nee"],\n  ]\n}');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/^bad JSON at line 5, column 3: /);
    expect(!result.ok && result.problems[0]).toMatchObject({ key: 'badJson', params: { line: '5', column: '3' } });
    expect(!result.ok && result.message).not.toMatch(/\n/);
  });

  it('accepts a byte order mark', () => {
    expect(parseCasus('\uFEFF' + base([], { route: 'advies' })).ok).toBe(true);
  });

  it('names the path of each schema error', () => {
    const result = parseCasus(
      JSON.stringify({ id: '', title: { nl: 'x' }, sector: 'mbo', story: { nl: '', en: '' }, answers: [['triage.acuut']], expect: { route: 'ergens' } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        'id: must not be empty',
        'title.en: missing (expected a text)',
        'sector: unknown sector "mbo" (sectors: po, vo, kinderopvang, sociaal-werk)',
        'answers[0]: expected a pair ["question id", "value"]',
        expect.stringMatching(/^expect\.route: unknown route "ergens"/),
      ]),
    );
  });

  it('names an unknown question id, in the answers and in expect.rejected', () => {
    const result = parseCasus(base([['triage.acuut', 'nee'], ['triage.signaal' as never, 'ja']], { rejected: 'stap9' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContain('answers[1][0]: unknown question id "triage.signaal"');
    expect(result.issues).toContain('expect.rejected: unknown question id "stap9"');
  });

  it('wants exactly one of route and rejected', () => {
    for (const expectation of [{}, { route: 'advies', rejected: 'triage.acuut' }]) {
      const result = parseCasus(base([], expectation));
      expect(!result.ok && result.message).toMatch(/expect: give either "route"/);
    }
  });

  it('does not judge answer values: a refused answer is a run result', () => {
    expect(parseCasus(base([['triage.acuut', 'misschien']], { route: 'advies' })).ok).toBe(true);
  });

  it('keeps extra fields', () => {
    const casus = mustParse(JSON.stringify({ ...JSON.parse(base([], { route: 'advies', note: 'x' })), themes: ['armoede'] }));
    expect(casus.themes).toEqual(['armoede']);
    expect((casus.expect as Record<string, unknown>).note).toBe('x');
  });

  it('finds the spot of every JSON error JSON.parse finds, and none in valid JSON', () => {
    const valid = fc.json();
    const broken = fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', ']', '}', '"', ':', 'x', '', '\\')).map(
      ([json, at, ch]) => json.slice(0, at % (json.length + 1)) + ch + json.slice((at % (json.length + 1)) + 1),
    );
    fc.assert(
      fc.property(fc.oneof(valid, broken), (text) => {
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        const offset = jsonErrorOffset(text);
        if (ok) expect(offset).toBe(text.length);
        else expect(offset).toBeLessThanOrEqual(text.length);
        if (!ok && offset === text.length) {
          // The error is at the end: the text is a valid start that stops too soon.
          expect(() => JSON.parse(text)).toThrow(/end of JSON|Unterminated|Expected/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('runCasus', () => {
  it('passes when the route matches and the listed flags are set; unlisted flags are not checked', () => {
    const answers: Answer[] = [['triage.acuut', 'ja']];
    expect(runCasus(mustParse(base(answers, { route: 'veilig-thuis', flags: ['acuut'] })))).toMatchObject({ pass: true, flags: ['acuut'] });
    expect(runCasus(mustParse(base(answers, { route: 'veilig-thuis' }))).pass).toBe(true);
    expect(runCasus(mustParse(base(answers, { route: 'veilig-thuis', flags: ['vt-advies'] })))).toMatchObject({
      pass: false,
      message: 'expected flags vt-advies, got acuut',
    });
  });

  it('fails with expected vs got', () => {
    expect(runCasus(mustParse(base([['triage.acuut', 'ja']], { route: 'advies' })))).toMatchObject({
      pass: false,
      route: 'veilig-thuis',
      message: 'expected route advies, got veilig-thuis',
    });
  });

  it('fails when the answers stop before a route, naming the question asked', () => {
    expect(runCasus(mustParse(base(TRIAGE_TO_MELDCODE, { route: 'veilig-thuis' })))).toMatchObject({
      pass: false,
      message: 'expected route veilig-thuis, but the answers stop before a route (the machine asks stap1.signalen)',
    });
  });

  it('explains refusals: a value not allowed here, a question not asked now, after the route', () => {
    const bijzonder: Answer[] = [...TRIAGE_TO_MELDCODE, ['stap1.signalen', 'vastgelegd'], ['stap2.bijzonder', 'ja'], ['stap2.consultatie', 'collega']];
    expect(runCasus(mustParse(base(bijzonder, { route: 'veilig-thuis' })))).toMatchObject({
      pass: false,
      rejected: { question: 'stap2.consultatie', value: 'collega', index: 5 },
      message: 'answer 6 refused: stap2.consultatie = collega is not allowed here (stap2.bijzonder = ja requires veilig-thuis or beide)',
    });
    expect(runCasus(mustParse(base([['triage.acuut', 'nee'], ['triage.signalen', 'ja']], { route: 'advies' }))).message).toBe(
      'answer 2 refused: triage.signalen is not asked now (the machine asks triage.medewerker)',
    );
    expect(runCasus(mustParse(base([['triage.acuut', 'misschien']], { route: 'advies' }))).message).toBe(
      'answer 1 refused: triage.acuut = misschien is not allowed here (allowed: ja, nee)',
    );
    expect(runCasus(mustParse(base([['triage.acuut', 'ja'], ['triage.medewerker', 'nee']], { route: 'veilig-thuis' }))).message).toBe(
      'answer 2 refused: triage.medewerker is not asked now (the answers already reached route veilig-thuis)',
    );
  });

  it('explains partner refusals', () => {
    const toPartner: Answer[] = [
      ['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'nee'],
      ['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'nee'],
    ];
    expect(runCasus(mustParse(base([...toPartner, ['steun.partner', 'gezinscoaching']], { rejected: 'steun.partner' })))).toMatchObject({
      pass: true,
      message: expect.stringMatching(/^refused as expected: steun\.partner = gezinscoaching is not allowed here \(steun\.intern = nee requires an external partner: cjg, /),
    });
    expect(runCasus(mustParse(base([...toPartner, ['steun.partner', 'toverfee']], { rejected: 'steun.partner' }))).message).toMatch(
      /toverfee is not a partner on the sociale kaart/,
    );
  });

  it('a refusal passes only when expect.rejected names that question', () => {
    const answers: Answer[] = [['triage.acuut', 'nee'], ['triage.signalen', 'ja']];
    expect(runCasus(mustParse(base(answers, { rejected: 'triage.signalen' }))).pass).toBe(true);
    expect(runCasus(mustParse(base(answers, { rejected: 'triage.acuut' })))).toMatchObject({
      pass: false,
      message: expect.stringMatching(/^expected triage\.acuut to be refused, but answer 2 was refused: /),
    });
    expect(runCasus(mustParse(base([['triage.acuut', 'ja']], { rejected: 'triage.acuut' })))).toMatchObject({
      pass: false,
      message: 'expected triage.acuut to be refused, but every answer was accepted (route veilig-thuis)',
    });
  });

  it('uses the sector of the casus and an optional sociale kaart', () => {
    const toHelp: Answer[] = [
      ...TRIAGE_TO_MELDCODE, ['stap1.signalen', 'vastgelegd'], ['stap2.bijzonder', 'nee'], ['stap2.consultatie', 'collega'],
      ['stap3.gesprek', 'gevoerd'], ['afweging.1', 'ja'], ['afweging.2', 'nee'], ['afweging.3', 'ja'], ['afweging.4', 'ja'],
      ['hulp.partner', 'eigen-team'],
    ];
    const casus = mustParse(base(toHelp, { route: 'intern' }));
    expect(runCasus(casus).pass).toBe(false);
    expect(runCasus(casus, { partners: { 'eigen-team': 'internal' } })).toMatchObject({ pass: true, waiting: true });
    expect(runCasus(casus, { partners: { 'eigen-team': 'external' } })).toMatchObject({ pass: false, route: 'extern' });
  });
});

describe('toCasusJson', () => {
  it('round-trips every path of the path table into a passing casus', () => {
    for (const row of pathRows()) {
      const text = toCasusJson({ id: 'walk', title: 'Oefening', sector: 'vo' }, row.answers);
      const casus = mustParse(text);
      expect(casus.answers).toEqual(row.answers);
      expect(casus.expect).toEqual({ route: row.route, flags: row.flags });
      expect(runCasus(casus).pass).toBe(true);
    }
  }, 30_000);

  it('writes one answer per line and keeps extra fields', () => {
    const text = toCasusJson(
      { id: 'x', title: { nl: 'Titel', en: 'Title' }, story: 'Verhaal', sector: 'kinderopvang', extra: { themes: ['veiligheid'] } },
      [['triage.acuut', 'ja']],
    );
    expect(text).toContain('\n    ["triage.acuut", "ja"]\n');
    const casus = mustParse(text);
    expect(casus).toMatchObject({ title: { nl: 'Titel', en: 'Title' }, story: { nl: 'Verhaal', en: 'Verhaal' }, themes: ['veiligheid'] });
  });

  it('writes a refused walk as expect.rejected', () => {
    const casus = mustParse(toCasusJson({ id: 'x', title: 'x', sector: 'po' }, [['triage.acuut', 'nee'], ['steun.advies', 'ja']]));
    expect(casus.expect).toEqual({ rejected: 'steun.advies' });
    expect(runCasus(casus).pass).toBe(true);
  });

  it('refuses a walk that has not reached a route', () => {
    expect(() => toCasusJson({ id: 'x', title: 'x', sector: 'po' }, TRIAGE_TO_MELDCODE)).toThrow(
      /do not reach a route yet \(the machine asks stap1\.signalen\)/,
    );
  });
});

describe('casus that run the route for behaviour between children ("flow": "onderling", issue 14 §5)', () => {
  const onderling = (answers: [string, string][], expectation: object, extra: object = {}) =>
    JSON.stringify({ ...JSON.parse(base([], expectation)), answers, flow: 'onderling', ...extra });

  it('the shipped ones include sexting between pupils (vo) and toddlers in childcare, and pass', () => {
    const flows = shipped.filter((s) => s.casus.flow === 'onderling');
    expect(flows.map((s) => s.casus.id)).toEqual(expect.arrayContaining(['vo-sexting-tussen-leerlingen', 'kinderopvang-peuters-onderling']));
    expect(flows.length).toBeGreaterThanOrEqual(3);
    for (const { file, result } of flows) expect(result.pass, `${file}: ${result.message}`).toBe(true);
  });

  it('a file without flow is a concern, as every older file; flow is concern or onderling', () => {
    expect(mustParse(base(TRIAGE_TO_MELDCODE, { rejected: 'stap1.signalen' })).flow).toBeUndefined();
    const bad = parseCasus(onderling([['onderling.soort', 'online']], { route: 'kinderen-onderling' }, { flow: 'pesten' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.join(' ')).toContain('flow: one of concern, onderling');
  });

  it('runs the answers through the onderling machine to its route', () => {
    const result = runCasus(mustParse(onderling([['onderling.soort', 'online'], ['onderling.vlag', 'groen']], { route: 'kinderen-onderling' })));
    expect(result).toMatchObject({ pass: true, route: 'kinderen-onderling', waiting: false, flags: [] });
    const short = runCasus(mustParse(onderling([['onderling.soort', 'online']], { route: 'kinderen-onderling' })));
    expect(short.pass).toBe(false);
    expect(short.message).toContain('the machine asks onderling.vlag');
  });

  it('refusals are named, and can be expected', () => {
    const refused = runCasus(mustParse(onderling([['onderling.soort', 'ander'], ['onderling.vlag', 'geel']], { route: 'kinderen-onderling' })));
    expect(refused.pass).toBe(false);
    expect(refused.message).toBe('answer 2 refused: onderling.vlag is not asked now (the machine asks onderling.zorgen)');
    const value = runCasus(mustParse(onderling([['onderling.soort', 'pesten']], { rejected: 'onderling.soort' })));
    expect(value).toMatchObject({ pass: true });
    expect(value.message).toContain('onderling.soort = pesten is not allowed here (allowed: seksueel, online, ander)');
  });

  it('the ids must be those of the flow: concern ids in an onderling casus and the other way round are invalid', () => {
    const mixed = parseCasus(onderling([['triage.acuut', 'nee']], { route: 'kinderen-onderling' }));
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.issues).toContain('answers[0][0]: triage.acuut is not a question of the onderling flow');
    const concern = parseCasus(base([['onderling.soort', 'online'] as unknown as Answer], { route: 'kinderen-onderling' }));
    expect(concern.ok).toBe(false);
    if (!concern.ok) {
      expect(concern.issues).toContain('answers[0][0]: onderling.soort is not a question of the concern flow');
      expect(concern.issues.some((i) => i.startsWith('expect.route: route kinderen-onderling is not reached by the concern flow'))).toBe(true);
    }
    const route = parseCasus(onderling([['onderling.soort', 'ander'], ['onderling.zorgen', 'nee']], { route: 'advies' }));
    expect(route.ok).toBe(false);
  });

  it('an alternative must be an answer of the question, and one the machine takes there', () => {
    const why = { nl: 'Omdat.', en: 'Because.' };
    const answers: [string, string][] = [['onderling.soort', 'online'], ['onderling.vlag', 'rood'], ['onderling.zorgen', 'nee']];
    const ok = runCasus(mustParse(onderling(answers, { route: 'kinderen-onderling' }, { alternatives: { 'onderling.vlag': [{ value: 'zwart', rationale: why }] } })));
    expect(ok.pass).toBe(true);
    const unknown = parseCasus(onderling(answers, { route: 'kinderen-onderling' }, { alternatives: { 'onderling.vlag': [{ value: 'paars', rationale: why }] } }));
    expect(unknown.ok).toBe(false);
  });
});
