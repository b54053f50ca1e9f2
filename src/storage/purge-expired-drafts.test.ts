import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb, type DraftRow } from './db';
import { purgeExpiredDraftsWithoutDexie } from './purge-expired-drafts';

// The start-up purge speaks plain IndexedDB to the database Dexie made (fake-indexeddb in Node).

const row = (id: string, expiresAt: string): DraftRow => ({
  id,
  expiresAt,
  createdMonth: expiresAt.slice(0, 7),
  payload: { v: 1, kdf: 'PBKDF2-SHA-256', iterations: 600000, salt: 'AAAA', iv: 'AAAA', ciphertext: 'AAAA' },
});

describe('purge of expired drafts at start', () => {
  it('deletes drafts whose expiry day is before today and keeps the rest', async () => {
    const name = `purge-test-${Date.now()}`;
    const db = openDb(name);
    await db.drafts.bulkPut([row('a', '2026-02-10'), row('b', '2026-02-11'), row('c', '2026-02-12'), row('d', '2027-01-01')]);
    await db.counters.put({ installation: 'inst-0001', cell: '2026-02|s|registratie|n', count: 3, month: '2026-02' });
    db.close();

    expect(await purgeExpiredDraftsWithoutDexie('2026-02-11', name)).toBe(1);

    const again = openDb(name);
    expect((await again.drafts.toArray()).map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(await again.counters.count()).toBe(1);
    again.close();
    await Dexie.delete(name);
  });

  it('never creates the database on a first visit', async () => {
    const name = `purge-absent-${Date.now()}`;
    expect(await purgeExpiredDraftsWithoutDexie('2026-02-11', name)).toBe(0);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('steps aside when the app (Dexie) has the database open', async () => {
    const name = `purge-open-${Date.now()}`;
    const db = openDb(name);
    await db.drafts.put(row('a', '2020-01-01'));
    // Dexie keeps its connection open; a plain connection at the same version can still purge.
    expect(await purgeExpiredDraftsWithoutDexie('2026-02-11', name)).toBe(1);
    expect(await db.drafts.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  it('imports nothing but the database name (the first page must not load Dexie)', () => {
    const text = readFileSync(new URL('./purge-expired-drafts.ts', import.meta.url), 'utf8');
    expect([...text.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['./db-name']);
  });
});
