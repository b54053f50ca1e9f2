import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareVersions, openDb, SCHEMA_VERSION, type DraftRow } from './db';

let n = 0;
const freshName = () => `zorgroute-test-db-${Date.now()}-${n++}`;

describe('db schema and migrations', () => {
  it('migrates a v1 database: counters get their month, meta records the schema version', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('counters').bulkPut([
      { installation: 'a', cell: '2025-03|s1|contact|ouder', count: 4 },
      { installation: 'b', cell: '2024-11|s2|thema|armoede', count: 1 },
    ]);
    await v1.table('meta').put({ key: 'installationId', value: 'a' });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const rows = await db.counters.orderBy('month').toArray();
    expect(rows.map((r) => [r.installation, r.month, r.count])).toEqual([
      ['b', '2024-11', 1],
      ['a', '2025-03', 4],
    ]);
    expect(await db.counters.where('month').between('2025-01', '2025-12', true, true).count()).toBe(1);
    expect((await db.meta.get('schemaVersion'))?.value).toBe(2);
    expect((await db.meta.get('installationId'))?.value).toBe('a');
    db.close();
    await Dexie.delete(name);
  });

  it('keeps drafts in the agreed shape, indexed by expiresAt', async () => {
    const db = openDb(freshName());
    const draft: DraftRow = {
      id: 'r4nd0m',
      expiresAt: '2026-01-31',
      createdMonth: '2026-01',
      payload: { v: 1, kdf: 'PBKDF2-SHA-256', iterations: 600000, salt: 'c2FsdA==', iv: 'aXY=', ciphertext: 'Y3Q=' },
    };
    await db.drafts.put(draft);
    expect(await db.drafts.where('expiresAt').below('2026-02-01').toArray()).toEqual([draft]);
    expect(await db.drafts.where('expiresAt').below('2026-01-31').count()).toBe(0);
    db.close();
    await db.delete();
  });
});
