import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOCIALE_KAART } from '../../content/sociale-kaart';
import { parseSocialeKaart } from '../../content/sociale-kaart.schema';
import { allColumns } from '../../src/storage/cells';
import { fromCellRows } from '../../src/storage/counts';
import { parseCountsFile, toCountsFile } from '../../src/storage/counts-file';
import { storeForTest, type Store } from '../../src/storage/store';
import type { ZorgrouteDB } from '../../src/storage/db';
import { mutatedTextArb, type Json } from './mutate';

/**
 * The importers that write to storage, fuzzed against a real Dexie database (fake-indexeddb): after
 * a refused import the stored data is exactly what it was (all-or-nothing), and after an accepted one
 * the stored counters only ever went up and export as a valid file. Inputs are arbitrary strings,
 * arbitrary JSON and mutations of valid files; importers-fuzz.test.ts runs 10,000 cases per format
 * through the parsers, this file runs CASES more through the store itself.
 */

export const CASES = 1_000;
const TIMEOUT = 180_000;

let store: Store;
let db: ZorgrouteDB;

/** Everything stored, in a canonical form. */
async function snapshot(): Promise<string> {
  const [meta, counters, settings, drafts] = await Promise.all([
    db.meta.toArray(),
    db.counters.orderBy('[installation+cell]').toArray(),
    db.settings.orderBy('key').toArray(),
    db.drafts.toArray(),
  ]);
  return JSON.stringify({ meta, counters, settings, drafts });
}

const INSTALLATIONS = ['inst-aaaa-0001', 'inst-bbbb-0002'];
const ROWS = ['2025-01|de-rank', '2025-02|de-rank', '2024-12|ubbo-pro'];
const COLUMNS = allColumns();
const validCounts = fc
  .array(
    fc.record({
      installation: fc.constantFrom(...INSTALLATIONS),
      cell: fc.tuple(fc.constantFrom(...ROWS), fc.constantFrom(...COLUMNS)).map(([r, c]) => `${r}|${c}`),
      count: fc.integer({ min: 1, max: 300 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map(
    (cells) =>
      toCountsFile(fromCellRows(cells), {
        contentVersion: '2026.11.1',
        exportedAt: '2025-03',
        schools: [{ id: 'de-rank', name: 'De Rank', type: 'po' }],
      }) as unknown as Json,
  );

const anyText = (valid: fc.Arbitrary<Json>) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
    { weight: 4, arbitrary: mutatedTextArb(valid) },
  );

beforeAll(async () => {
  ({ store, db } = storeForTest(`fuzz-store-${Date.now()}`));
  // Something to lose: own counts, settings, an encrypted draft row.
  await store.recordRegistration({
    month: '2025-01',
    school: 'de-rank',
    contacts: ['ouder'],
    activities: ['gesprek'],
    themes: ['armoede'],
    route: 'advies',
    flags: [],
  });
  await store.setSettings({ organisation: 'Fuzz', schools: [{ id: 'de-rank', name: 'De Rank', type: 'po' }] });
  await db.drafts.put({
    id: 'r4nd0m',
    expiresAt: '2099-01-01',
    createdMonth: '2025-01',
    payload: { v: 1, kdf: 'PBKDF2-SHA-256', iterations: 600000, salt: 'AAAA', iv: 'AAAA', ciphertext: 'AAAA' },
  });
});

afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe(`importers into storage (${CASES} cases each, fake-indexeddb)`, () => {
  it(
    `counts files: a refusal changes nothing, an acceptance only raises counters`,
    async () => {
      const tally = { accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(anyText(validCounts), async (text) => {
          // Reading the whole store is the slow part: take what the expected outcome needs.
          const expectRefusal = !parseCountsFile(text).ok;
          const before = expectRefusal ? await snapshot() : '';
          const countsBefore = expectRefusal
            ? new Map<string, number>()
            : new Map((await db.counters.toArray()).map((r) => [`${r.installation} ${r.cell}`, r.count]));
          const result = await store.importCountsFiles([text]);
          expect(result.ok).toBe(!expectRefusal);
          if (!result.ok) {
            tally.refused++;
            const error = result.files[0]?.error;
            expect(error?.message.trim().length).toBeGreaterThan(0);
            expect(await snapshot()).toBe(before);
            return;
          }
          tally.accepted++;
          for (const row of await db.counters.toArray()) {
            expect(row.count).toBeGreaterThanOrEqual(countsBefore.get(`${row.installation} ${row.cell}`) ?? 0);
            expect(row.month).toBe(row.cell.slice(0, 7));
          }
          expect(parseCountsFile((await store.exportCounts()).text).ok).toBe(true);
        }),
        { numRuns: CASES },
      );
      expect(tally.refused).toBeGreaterThan(0);
      expect(tally.accepted).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'counts files: one bad file among good ones imports nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(validCounts, anyText(validCounts), async (good, text) => {
          if (parseCountsFile(text).ok) return; // only mixes with a refused file are meant here
          const before = await snapshot();
          const result = await store.importCountsFiles([JSON.stringify(good), text]);
          expect(result.ok).toBe(false);
          expect(result.files[0]?.ok).toBe(true);
          expect(result.files[1]?.ok).toBe(false);
          expect(await snapshot()).toBe(before);
        }),
        { numRuns: CASES / 4 },
      );
    },
    TIMEOUT,
  );

  it(
    'sociale kaart: a refusal changes nothing, an acceptance is stored and read back as is',
    async () => {
      const tally = { accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(anyText(fc.constant(DEFAULT_SOCIALE_KAART as unknown as Json)), async (text) => {
          const before = await snapshot();
          // The settings page's import: parse and validate, then store (src/settings/KaartSection.tsx).
          const result = parseSocialeKaart(text);
          if (!result.ok) {
            tally.refused++;
            expect(result.message.trim().length).toBeGreaterThan(0);
            expect(await snapshot()).toBe(before);
            return;
          }
          tally.accepted++;
          await store.setSettings({ socialeKaart: result.kaart });
          expect((await store.getSettings()).socialeKaart).toEqual(result.kaart);
        }),
        { numRuns: CASES },
      );
      expect(tally.refused).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
