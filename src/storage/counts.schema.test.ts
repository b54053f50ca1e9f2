import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsSchemaText } from '../../scripts/gen-counts-schema';
import { allColumns, isColumn } from './cells';
import { fromCellRows } from './counts';
import { toCountsFile, validateCountsFile } from './counts-file';
import { COLUMN_PATTERN, countsFileSchema } from './counts.schema';

describe('counts file schema', () => {
  it('docs/counts.schema.json is the JSON Schema generated from the zod schema (run scripts/gen-counts-schema.ts)', () => {
    const committed = readFileSync(new URL('../../docs/counts.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(countsSchemaText());
  });

  it('the column pattern accepts exactly the columns cells.ts knows', () => {
    for (const c of allColumns({ 'eigen-partner-1': 'internal', x9: 'external' })) expect(COLUMN_PATTERN.test(c)).toBe(true);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(fc.constantFrom(...allColumns()), fc.string()).map(([c, tail]) => c + tail)), (s) => {
        expect(COLUMN_PATTERN.test(s)).toBe(isColumn(s));
      }),
      { numRuns: 300 },
    );
  }, 60_000); // property tests: generous under a loaded CI machine

  // The importer uses fast hand-written checks; they must accept exactly what the published schema accepts.
  const INST = ['inst-aaaa-0001', 'inst-bbbb-0002'];
  const validFile = fc
    .tuple(
      fc.array(
        fc.record({
          installation: fc.constantFrom(...INST),
          cell: fc.tuple(fc.constantFrom('2025-01|de-rank', '2025-02|ubbo-pro'), fc.constantFrom(...allColumns())).map(([r, c]) => `${r}|${c}`),
          count: fc.nat({ max: 99 }),
        }),
        { maxLength: 12 },
      ),
      fc.subarray([
        { id: 'de-rank', name: 'De Rank', type: 'po' as const },
        { id: 'ubbo-pro', type: 'vo' as const },
      ]),
    )
    .map(([cells, schools]) => toCountsFile(fromCellRows(cells), { contentVersion: '2026.11.1', exportedAt: '2026-01', schools }));

  const nasty = fc.constantFrom<unknown>(
    -1, 1.5, 1e10, 0, 7, '7', '', 'x', null, true, [], {}, [1, 2], { id: 'de-rank', type: 'po' }, '2025-13', '2025-01',
    '2025-01|de-rank', 'contact|ouder', 'contact|naam', 'inst-aaaa-0001', 'po', 'vo', 'De Rank', 'x'.repeat(300), 2, 'zorgroute-counts',
  );

  type Json = unknown;
  function paths(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
    const out: (string | number)[][] = [prefix];
    if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
    return out;
  }
  function mutate(root: Json, path: (string | number)[], how: 'set' | 'delete' | 'add', value: unknown, newKey: string): Json {
    if (path.length === 0) return how === 'set' ? value : root;
    const copy: Json = structuredClone(root);
    let parent = copy as Record<string | number, unknown>;
    for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (how === 'set') parent[last] = value;
    else if (how === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (Array.isArray(target)) target.push(value);
      else if (target && typeof target === 'object') (target as Record<string, unknown>)[newKey] = value;
      else parent[last] = value;
    }
    return copy;
  }

  it('the importer accepts a value exactly when the zod schema does (valid and mutated files)', () => {
    fc.assert(
      fc.property(
        validFile,
        fc.nat(),
        fc.constantFrom<'set' | 'delete' | 'add'>('set', 'delete', 'add'),
        nasty,
        fc.constantFrom('extra', 'inst-cccc-0003', '2025-03|de-rank', 'name', 'id'),
        fc.boolean(),
        (file, pick, how, value, newKey, untouched) => {
          const all = paths(file);
          const data = untouched ? file : mutate(file, all[pick % all.length]!, how, value, newKey);
          const fast = validateCountsFile(data).ok;
          const zod = countsFileSchema.safeParse(data).success;
          expect({ fast, zod }).toEqual({ fast: zod, zod });
          if (untouched) expect(fast).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000); // property tests: generous under a loaded CI machine
});
