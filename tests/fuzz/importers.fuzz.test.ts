import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOCIALE_KAART } from '../../content/sociale-kaart';
import { parseSocialeKaart, socialeKaartSchema } from '../../content/sociale-kaart.schema';
import { allColumns } from '../../src/storage/cells';
import { fromCellRows } from '../../src/storage/counts';
import { parseCountsFile, toCountsFile, type CountsFileErrorCode } from '../../src/storage/counts-file';
import { countsFileSchema } from '../../src/storage/counts.schema';
import { readFileSync, readdirSync } from 'node:fs';
import { parseCasus, runCasus } from '../../content/casus';
import { casusSchema } from '../../content/casus.schema';
import { COUNTED_ROUTES } from '../../machines/onderling.ids';
import { mutatedTextArb, type Json } from './mutate';

/**
 * Fuzzing every importer (counts files, casus files, the sociale kaart) with fast-check: arbitrary
 * strings, arbitrary JSON, and mutations of valid files. The property is the same for all: an
 * input is either refused with a clear (non-empty) message, or accepted — and then what was
 * accepted is valid by the zod schema that documents the format. Each importer gets at least
 * 10,000 cases (CASES below), split over the three kinds of input.
 *
 * The "stored data unchanged after a refusal" half for counts, which imports into IndexedDB, is
 * in importers-store.fuzz.test.ts.
 */

export const CASES = { strings: 2_500, json: 2_500, mutations: 5_000 } as const;
const total = CASES.strings + CASES.json + CASES.mutations;
// ~1 ms per case for zod-validated formats on this machine; generous so a busy CI box does not flake.
const TIMEOUT = 120_000;

/** Arbitrary text: unicode strings, JSON-looking fragments, and serialised arbitrary JSON values. */
const anyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '{', '[]', '{}', 'null', '0', '"x"', '\uFEFF{}', '{"__proto__":{}}', 'NaN', '1e999'),
);
const anyJsonText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  // Objects with the right top-level keys and random values get further than random JSON.
  fc
    .record(
      {
        format: fc.oneof(fc.constant('zorgroute-counts'), fc.jsonValue({ maxDepth: 0 })),
        version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })),
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })),
        id: fc.oneof(fc.constant('x'), fc.jsonValue({ maxDepth: 0 })),
        answers: fc.jsonValue({ maxDepth: 2 }),
        services: fc.jsonValue({ maxDepth: 2 }),
        installations: fc.jsonValue({ maxDepth: 3 }),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);

/** Runs `check` on each input kind with its share of the cases; returns how many were accepted. */
function fuzz(name: string, valid: fc.Arbitrary<Json>, check: (text: string) => 'accepted' | 'refused') {
  const counts = { accepted: 0, refused: 0 };
  const run = (arb: fc.Arbitrary<string>, numRuns: number) =>
    fc.assert(
      fc.property(arb, (text) => {
        counts[check(text)]++;
      }),
      { numRuns },
    );
  it(`${name}: ${CASES.strings} arbitrary strings`, () => run(anyString, CASES.strings), TIMEOUT);
  it(`${name}: ${CASES.json} arbitrary JSON values`, () => run(anyJsonText, CASES.json), TIMEOUT);
  it(
    `${name}: ${CASES.mutations} mutations of valid files`,
    () => {
      run(mutatedTextArb(valid), CASES.mutations);
      // Mutations that keep a file valid exist (a changed count), but most must be caught.
      expect(counts.refused).toBeGreaterThan(counts.accepted);
    },
    TIMEOUT,
  );
  it(`${name}: valid files are accepted`, () => {
    fc.assert(
      fc.property(valid, (v) => {
        expect(check(JSON.stringify(v))).toBe('accepted');
      }),
      { numRuns: 200 },
    );
  });
  return counts;
}

describe(`fuzzing importers (${total} cases each)`, () => {
  describe('sociale kaart (parseSocialeKaart)', () => {
    const valid = fc.constant(DEFAULT_SOCIALE_KAART as unknown as Json);
    fuzz('sociale kaart', valid, (text) => {
      const result = parseSocialeKaart(text);
      if (result.ok) {
        // Accepted means valid: the schema agrees and the value survives a JSON round trip.
        expect(socialeKaartSchema.safeParse(result.kaart).success).toBe(true);
        expect(JSON.parse(JSON.stringify(result.kaart))).toEqual(result.kaart);
        expect(result.kaart.services.length).toBeGreaterThan(0);
        return 'accepted';
      }
      expect(typeof result.message).toBe('string');
      expect(result.message.trim().length).toBeGreaterThan(0);
      return 'refused';
    });
  });

  describe('counts file (parseCountsFile)', () => {
    const INSTALLATIONS = ['inst-aaaa-0001', 'inst-bbbb-0002', 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff'];
    const ROWS = ['2025-01|de-rank', '2025-02|de-rank', '2024-12|ubbo-pro'];
    const COLUMNS = allColumns();
    const valid = fc
      .array(
        fc.record({
          installation: fc.constantFrom(...INSTALLATIONS),
          cell: fc.tuple(fc.constantFrom(...ROWS), fc.constantFrom(...COLUMNS)).map(([r, c]) => `${r}|${c}`),
          count: fc.integer({ min: 1, max: 300 }),
        }),
        { minLength: 1, maxLength: 12 },
      )
      .map(
        (cells) =>
          toCountsFile(fromCellRows(cells), {
            contentVersion: '2026.11.1',
            exportedAt: '2025-03',
            schools: [
              { id: 'de-rank', name: 'De Rank', type: 'po' },
              { id: 'ubbo-pro', type: 'vo' },
            ],
          }) as unknown as Json,
      );
    const CODES: CountsFileErrorCode[] = ['not-json', 'not-counts-file', 'unsupported-version', 'invalid'];
    fuzz('counts file', valid, (text) => {
      const result = parseCountsFile(text);
      if (result.ok) {
        const parsed = countsFileSchema.safeParse(result.file);
        expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 2))).toBe(true);
        const width = result.file.columns.length;
        for (const rows of Object.values(result.file.installations))
          for (const counts of Object.values(rows)) expect(counts).toHaveLength(width);
        expect(new Set(result.file.columns).size).toBe(width);
        return 'accepted';
      }
      expect(CODES).toContain(result.error.code);
      expect(result.error.message.trim().length).toBeGreaterThan(0);
      expect(result.error.path.startsWith('$')).toBe(true);
      return 'refused';
    });
  });

  describe('casus file (parseCasus)', () => {
    // Every shipped casus file is a valid starting point for mutations.
    const dir = new URL('../../content/cases/', import.meta.url);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Json);
    it('has shipped casus files to mutate', () => expect(files.length).toBeGreaterThan(3));
    const valid = fc.constantFrom(...files);
    fuzz('casus file', valid, (text) => {
      const result = parseCasus(text);
      if (result.ok) {
        expect(casusSchema.safeParse(result.casus).success).toBe(true);
        // An accepted casus runs through the real machine without throwing: it reaches a route, stops
        // at a refused answer with a message, or stops before a route.
        const run = runCasus(result.casus);
        expect(run.message.length).toBeGreaterThan(0);
        if (run.route !== undefined) expect(COUNTED_ROUTES).toContain(run.route);
        if (run.rejected) expect(run.rejected.message.length).toBeGreaterThan(0);
        return 'accepted';
      }
      expect(result.message.trim().length).toBeGreaterThan(0);
      expect(result.issues.length).toBeGreaterThan(0);
      return 'refused';
    });
  });
});
