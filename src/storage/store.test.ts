import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Registration } from './registration';
import { cellOf, toCellRows, totalOf } from './counts';
import { storeForTest, type Store } from './store';
import type { ZorgrouteDB } from './db';

const reg: Registration = {
  month: '2025-03',
  school: 'de-rank',
  contacts: ['ouder', 'leerling'],
  via: 'leerkracht',
  activities: ['kindgesprek'],
  themes: ['opvoedvragen'],
  route: 'intern',
  partner: 'gezinscoaching',
  flags: [],
};

let n = 0;
const open: ZorgrouteDB[] = [];
function fresh(): { store: Store; db: ZorgrouteDB } {
  const s = storeForTest(`zorgroute-store-test-${Date.now()}-${n++}`);
  open.push(s.db);
  return s;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('store', () => {
  it('records a registration in one go and reads it back as counters of this installation', async () => {
    const { store, db } = fresh();
    await store.recordRegistration(reg);
    await store.recordRegistration({ ...reg, contacts: ['ouder'], route: 'advies', partner: undefined });
    const id = await store.installationId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const counters = await store.readCounters();
    expect(cellOf(counters, id, '2025-03|de-rank|contact|ouder')).toBe(2);
    expect(cellOf(counters, id, '2025-03|de-rank|contact|leerling')).toBe(1);
    expect(cellOf(counters, id, '2025-03|de-rank|verwijzing|internal.gezinscoaching')).toBe(1);
    // stored rows hold categories and the month only
    const rows = await db.counters.toArray();
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['cell', 'count', 'installation', 'month']);
      expect(row.month).toBe('2025-03');
    }
    const totals = await store.readTotals({ from: '2025-01', to: '2025-12' });
    expect(totalOf(totals, '2025-03|de-rank|registratie|n')).toBe(2);
    expect((await store.readTotals({ from: '2025-04', to: '2025-12' })).rows.size).toBe(0);
  });

  it('refuses an invalid registration without writing anything', async () => {
    const { store, db } = fresh();
    await expect(store.recordRegistration({ ...reg, month: '2025-03-01' })).rejects.toThrow(/month/);
    expect(await db.counters.count()).toBe(0);
  });

  it('a failure in the middle of recording leaves nothing half-written', async () => {
    const { store, db } = fresh();
    await store.recordRegistration(reg);
    const before = await db.counters.toArray();
    // the write stores some cells, then fails: the transaction must roll those back
    const original = db.counters.bulkPut.bind(db.counters);
    db.counters.bulkPut = (async (rows: Parameters<typeof original>[0]) => {
      await original((rows as unknown[]).slice(0, 3) as typeof rows);
      throw new Error('power cut');
    }) as unknown as typeof db.counters.bulkPut;
    await expect(store.recordRegistration(reg)).rejects.toThrow('power cut');
    db.counters.bulkPut = original;
    expect(await db.counters.toArray()).toEqual(before);
  });

  it('import: the same file twice and files in any order give the same totals', async () => {
    const a = fresh();
    const b = fresh();
    await a.store.recordRegistration(reg);
    await a.store.recordRegistration(reg);
    await b.store.recordRegistration({ ...reg, school: 'ubbo-pro', route: 'advies', partner: undefined });
    const fa = (await a.store.exportCounts({ now: new Date(2026, 0, 15) })).text;
    const fb = (await b.store.exportCounts({ now: new Date(2026, 0, 15) })).text;

    const c1 = fresh();
    const r1 = await c1.store.importCountsFiles([fa, fb]);
    expect(r1.ok).toBe(true);
    expect(r1.files.map((f) => f.installations)).toEqual([1, 1]);
    const c2 = fresh();
    await c2.store.importCountsFiles([fb]);
    await c2.store.importCountsFiles([fa, fa]);
    const again = await c2.store.importCountsFiles([fb, fa]);
    expect(again.changedCells).toBe(0);

    const t1 = toCellRows(await c1.store.readCounters());
    const t2 = toCellRows(await c2.store.readCounters());
    expect(t2).toEqual(t1);
    const totals = await c1.store.readTotals();
    expect(totalOf(totals, '2025-03|de-rank|contact|ouder')).toBe(2);
    expect(totalOf(totals, '2025-03|ubbo-pro|route|advies')).toBe(1);
    // exporting after importing passes every installation on, still exact
    const relay = (await c1.store.exportCounts()).text;
    const c3 = fresh();
    await c3.store.importCountsFiles([relay, fa]);
    expect(toCellRows(await c3.store.readCounters())).toEqual(t1);
  });

  it('an older export of this installation never lowers its counts', async () => {
    const { store } = fresh();
    await store.recordRegistration(reg);
    const old = (await store.exportCounts()).text;
    await store.recordRegistration(reg);
    const result = await store.importCountsFiles([old]);
    expect(result).toMatchObject({ ok: true, changedCells: 0 });
    const id = await store.installationId();
    expect(cellOf(await store.readCounters(), id, '2025-03|de-rank|contact|ouder')).toBe(2);
  });

  it('an invalid file among valid ones changes nothing and says which file and why', async () => {
    const a = fresh();
    await a.store.recordRegistration(reg);
    const good = (await a.store.exportCounts()).text;
    const c = fresh();
    const bad = JSON.stringify({ ...JSON.parse(good), exportedAt: '2026-01-15' });
    const result = await c.store.importCountsFiles([good, bad, 'not json']);
    expect(result.ok).toBe(false);
    expect(result.files[0]).toMatchObject({ index: 0, ok: true });
    expect(result.files[1]).toMatchObject({ index: 1, ok: false, error: { code: 'invalid', path: '$.exportedAt' } });
    expect(result.files[2]).toMatchObject({ index: 2, ok: false, error: { code: 'not-json' } });
    expect(await c.db.counters.count()).toBe(0);
    expect(await c.store.knownSchools()).toEqual([]);
  });

  it('exports only months, with the content version and the known schools', async () => {
    const { store } = fresh();
    await store.setSettings({ schools: [{ id: 'de-rank', name: 'De Rank', type: 'po' }] });
    await store.recordRegistration(reg);
    const { file, filename } = await store.exportCounts({ now: new Date(2026, 1, 3, 14, 5) });
    expect(file.exportedAt).toBe('2026-02');
    expect(filename).toBe('zorgroute-tellingen-2026-02.json');
    expect(file.contentVersion).toMatch(/^\d{4}\.\d{2}\.\d+$/);
    expect(file.schools).toEqual([{ id: 'de-rank', name: 'De Rank', type: 'po' }]);
    expect(JSON.stringify(file)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('keeps schools met in imported files, settings first', async () => {
    const a = fresh();
    await a.store.setSettings({ schools: [{ id: 'ubbo-pro', name: 'Ubbo Emmius PrO', type: 'vo' }] });
    await a.store.recordRegistration({ ...reg, school: 'ubbo-pro' });
    const c = fresh();
    await c.store.setSettings({ schools: [{ id: 'de-rank', name: 'De Rank', type: 'po' }] });
    await c.store.importCountsFiles([(await a.store.exportCounts()).text]);
    expect(await c.store.knownSchools()).toEqual([
      { id: 'de-rank', name: 'De Rank', type: 'po' },
      { id: 'ubbo-pro', name: 'Ubbo Emmius PrO', type: 'vo' },
    ]);
  });

  it('settings: defaults, validation, and nothing stored when a value is invalid', async () => {
    const { store } = fresh();
    expect(await store.getSettings()).toMatchObject({ organisation: '', schools: [], suppressionThreshold: 10, draftExpiryDays: 42 });
    await store.setSettings({ organisation: 'Welstad', suppressionThreshold: 5 });
    await expect(store.setSettings({ organisation: 'X', suppressionThreshold: 4 })).rejects.toThrow(/suppressionThreshold/);
    await expect(store.setSettings({ schools: [{ id: 'De Rank', name: 'De Rank', type: 'po' }] })).rejects.toThrow(/schools/);
    expect(await store.getSettings()).toMatchObject({ organisation: 'Welstad', suppressionThreshold: 5 });
  });

  it('deletes all local data: counters, settings, drafts; a new installation id afterwards', async () => {
    const { store, db } = fresh();
    await store.setSettings({ organisation: 'Welstad' });
    await store.recordRegistration(reg);
    await db.drafts.put({
      id: 'x1',
      expiresAt: '2026-02-01',
      createdMonth: '2026-01',
      payload: { v: 1, kdf: 'PBKDF2-SHA-256', iterations: 1, salt: '', iv: '', ciphertext: '' },
    });
    const before = await store.installationId();
    await store.deleteAllLocalData();
    expect(await db.counters.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect((await store.getSettings()).organisation).toBe('');
    expect(await store.installationId()).not.toBe(before);
  });
});
