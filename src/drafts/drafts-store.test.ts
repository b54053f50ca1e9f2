import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { concernMachine, type ConcernInput } from '../../machines/concern.machine';
import { questionOf, routeOf } from '../../machines/concern';
import { openDb, type ZorgrouteDB } from '../storage/db';
import { DraftDecryptError, fromBase64, toBase64 } from './crypto';
import { DEFAULT_EXPIRY_DAYS, DraftError, EXPIRY_DAYS_SETTING, createDraftStore, draftKind } from './drafts-store';
import { onderlingMachine } from '../../machines/onderling.machine';
import { onderlingQuestionOf, onderlingRouteOf } from '../../machines/onderling';
import { EVALUATION_DUE_KEY, dateKey } from './note-keys';

// Real Dexie over fake-indexeddb (IndexedDB in Node), real WebCrypto, real concern machine.

let n = 0;
const opened: ZorgrouteDB[] = [];
function freshDb(): ZorgrouteDB {
  const db = openDb(`drafts-test-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const input: ConcernInput = { sector: 'vo' };
const LABEL = 'klas 2b dinsdag CANARY-7f3a';
const PASS = 'lange zin als wachtwoord';

/** A concern in the waiting state (help runs, afweging 5 to come), confirmed. */
function waitingActor() {
  const actor = createActor(concernMachine, { input });
  actor.start();
  const answers: [string, string][] = [
    ['triage.acuut', 'nee'],
    ['triage.medewerker', 'nee'],
    ['triage.signalen', 'ja'],
    ['stap1.signalen', 'vastgelegd'],
    ['stap2.bijzonder', 'nee'],
    ['stap2.consultatie', 'collega'],
    ['stap3.gesprek', 'overgeslagen'],
    ['afweging.1', 'ja'],
    ['afweging.2', 'nee'],
    ['afweging.3', 'ja'],
    ['afweging.4', 'ja'],
    ['hulp.partner', 'gezinscoaching'],
  ];
  for (const [question, value] of answers) actor.send({ type: 'ANSWER', question: question as never, value });
  actor.send({ type: 'CONFIRM' });
  return actor;
}

const notes = {
  'stap1.signalen': 'CANARY-7f3a blauwe plekken (bron: mentor), hypothese: valpartij',
  [dateKey('stap1.signalen')]: '2026-03-02',
  'stap3.gesprek': 'overgeslagen: gesprek zou kind in gevaar brengen',
  [EVALUATION_DUE_KEY]: '2026-04-20',
};

async function saved(db: ZorgrouteDB, today = '2026-03-10') {
  const store = createDraftStore(db);
  const actor = waitingActor();
  const meta = await store.saveDraft({ label: LABEL, input, snapshot: actor.getPersistedSnapshot(), notes }, PASS, {
    today,
  });
  return { store, actor, meta };
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('drafts store', () => {
  it('stores only an opaque id, the expiry and the month in clear', async () => {
    const db = freshDb();
    const { meta } = await saved(db);
    expect(meta.expiresAt).toBe('2026-04-21'); // 42 days after 2026-03-10
    expect(DEFAULT_EXPIRY_DAYS).toBe(42);
    expect(meta.createdMonth).toBe('2026-03');
    expect(meta.id).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await db.drafts.toArray();
    expect(Object.keys(rows[0]).sort()).toEqual(['createdMonth', 'expiresAt', 'id', 'payload']);
    const stored = JSON.stringify(rows);
    for (const secret of ['CANARY-7f3a', 'klas 2b', 'blauwe', 'gezinscoaching', 'hulpIntern', 'afweging', '2026-04-20']) {
      expect(stored).not.toContain(secret);
    }
  });

  it('lists drafts without a passphrase and without labels', async () => {
    const db = freshDb();
    const { store, meta } = await saved(db);
    expect(await store.listDrafts('2026-03-11')).toEqual([meta]);
  });

  it('resumes the exact machine state and the notes', async () => {
    const db = freshDb();
    const { store, actor, meta } = await saved(db);
    const draft = await store.openDraft(meta.id, PASS, '2026-03-11');
    expect(draft.content.label).toBe(LABEL);
    expect(draft.content.notes).toEqual(notes);
    expect(draft.content.input).toEqual(input);

    const resumed = createActor(concernMachine, { input: draft.content.input, snapshot: draft.content.snapshot as never });
    resumed.start();
    const before = actor.getSnapshot();
    const after = resumed.getSnapshot();
    expect(after.value).toEqual(before.value);
    expect(after.value).toEqual({ meldcode: { hulpIntern: 'lopend' } });
    expect(after.context).toEqual(before.context);
    expect(routeOf(after)).toBe('intern');
    expect(resumed.getPersistedSnapshot()).toEqual(actor.getPersistedSnapshot());

    // …and it goes on like the original: evaluate, answer afweging 5.
    for (const a of [actor, resumed]) {
      a.send({ type: 'EVALUATE' });
      expect(questionOf(a.getSnapshot())).toBe('afweging.5');
      a.send({ type: 'ANSWER', question: 'afweging.5', value: 'ja' });
    }
    expect(resumed.getSnapshot().value).toEqual(actor.getSnapshot().value);
    expect(routeOf(resumed.getSnapshot())).toBe('afgesloten');
  });

  it('refuses a wrong passphrase with a clear message and loses nothing', async () => {
    const db = freshDb();
    const { store, meta } = await saved(db);
    const before = await db.drafts.toArray();
    const error = await errorOf(store.openDraft(meta.id, 'niet het wachtwoord', '2026-03-11'));
    expect(error).toBeInstanceOf(DraftDecryptError);
    expect((error as DraftDecryptError).messageKey).toBe('errors.decrypt');
    expect((error as Error).message).toMatch(/passphrase is wrong or the stored data was changed/);
    expect(await db.drafts.toArray()).toEqual(before);
    expect((await store.openDraft(meta.id, PASS, '2026-03-11')).content.label).toBe(LABEL);
  });

  it('refuses a tampered ciphertext with a clear message and deletes nothing', async () => {
    const db = freshDb();
    const { store, meta } = await saved(db);
    const row = (await db.drafts.get(meta.id))!;
    const bytes = fromBase64(row.payload.ciphertext);
    bytes[40] ^= 0x80;
    await db.drafts.put({ ...row, payload: { ...row.payload, ciphertext: toBase64(bytes) } });
    const tampered = await db.drafts.toArray();
    const error = await errorOf(store.openDraft(meta.id, PASS, '2026-03-11'));
    expect(error).toBeInstanceOf(DraftDecryptError);
    expect((error as DraftDecryptError).messageKey).toBe('errors.decrypt');
    expect(await db.drafts.toArray()).toEqual(tampered);
  });

  it('treats an expiry changed in clear as tampering', async () => {
    const db = freshDb();
    const { store, meta } = await saved(db);
    await db.drafts.update(meta.id, { expiresAt: '2099-12-31' });
    const error = await errorOf(store.openDraft(meta.id, PASS, '2026-03-11'));
    expect((error as DraftDecryptError).messageKey).toBe('errors.decrypt');
  });

  it('deletes expired drafts (purge at start, and on opening)', async () => {
    const db = freshDb();
    const store = createDraftStore(db);
    const snapshot = waitingActor().getPersistedSnapshot();
    const old = await store.saveDraft({ label: 'oud', input, snapshot, notes: {} }, PASS, { today: '2026-01-01' });
    const short = await store.saveDraft({ label: 'kort', input, snapshot, notes: {} }, PASS, {
      today: '2026-02-01',
      expiryDays: 7,
    });
    const fresh = await store.saveDraft({ label: 'nieuw', input, snapshot, notes: {} }, PASS, { today: '2026-02-01' });
    expect(old.expiresAt).toBe('2026-02-12');
    expect(short.expiresAt).toBe('2026-02-08');

    // On its expiry day a draft still exists; the day after it is gone.
    expect(await store.purgeExpired('2026-02-12')).toBe(1); // `short`
    expect((await db.drafts.toArray()).map((r) => r.id).sort()).toEqual([old.id, fresh.id].sort());
    expect((await store.listDrafts('2026-02-13')).map((d) => d.id)).toEqual([fresh.id]);

    const error = await errorOf(store.openDraft(old.id, PASS, '2026-02-13'));
    expect(error).toBeInstanceOf(DraftError);
    expect((error as DraftError).messageKey).toBe('errors.notFound');
    expect(await db.drafts.get(old.id)).toBeUndefined();
    expect(await store.purgeExpired('2026-02-13')).toBe(0);
  });

  it('keeps drafts for the configured number of days', async () => {
    const db = freshDb();
    const store = createDraftStore(db);
    expect(await store.expiryDays()).toBe(42);
    await db.settings.put({ key: EXPIRY_DAYS_SETTING, value: 10 });
    expect(await store.expiryDays()).toBe(10);
    const snapshot = waitingActor().getPersistedSnapshot();
    const meta = await store.saveDraft({ label: 'x', input, snapshot, notes: {} }, PASS, { today: '2026-03-01' });
    expect(meta.expiresAt).toBe('2026-03-11');
    // A broken setting falls back to the default rather than keeping drafts forever.
    await db.settings.put({ key: EXPIRY_DAYS_SETTING, value: 100000 });
    expect(await store.expiryDays()).toBe(42);
  });

  it('overwrites a draft in place: same id and month, expiry starts again, new content', async () => {
    const db = freshDb();
    const { store, meta, actor } = await saved(db);
    actor.send({ type: 'EVALUATE' });
    const again = await store.saveDraft(
      { label: 'tweede versie', input, snapshot: actor.getPersistedSnapshot(), notes: { 'afweging.5': 'na 6 weken' } },
      'nieuw wachtwoord',
      { id: meta.id, today: '2026-04-01' },
    );
    expect(again).toEqual({ id: meta.id, createdMonth: '2026-03', expiresAt: '2026-05-13' });
    expect(await db.drafts.count()).toBe(1);
    const draft = await store.openDraft(meta.id, 'nieuw wachtwoord', '2026-04-02');
    expect(draft.content.label).toBe('tweede versie');
    expect(draft.content.notes).toEqual({ 'afweging.5': 'na 6 weken' });
    expect(await errorOf(store.openDraft(meta.id, PASS, '2026-04-02'))).toBeInstanceOf(DraftDecryptError);
  });

  it('unlocks every draft a passphrase opens and leaves the others locked', async () => {
    const db = freshDb();
    const store = createDraftStore(db);
    const snapshot = waitingActor().getPersistedSnapshot();
    const a = await store.saveDraft({ label: 'a', input, snapshot, notes: {} }, PASS, { today: '2026-03-01' });
    const b = await store.saveDraft({ label: 'b', input, snapshot, notes: {} }, 'ander wachtwoord', {
      today: '2026-03-02',
    });
    const c = await store.saveDraft({ label: 'c', input, snapshot, notes: {} }, PASS, { today: '2026-03-03' });
    const result = await store.unlockDrafts(PASS, '2026-03-05');
    expect(result.opened.map((d) => [d.id, d.content.label])).toEqual([
      [a.id, 'a'],
      [c.id, 'c'],
    ]);
    expect(result.locked).toEqual([b]);
    expect(await db.drafts.count()).toBe(3);
  });

  it('refuses a label that is empty or too long, and an expiry outside 1–365 days', async () => {
    const store = createDraftStore(freshDb());
    const snapshot = waitingActor().getPersistedSnapshot();
    for (const label of ['', '   ', 'x'.repeat(81)]) {
      const e = await errorOf(store.saveDraft({ label, input, snapshot, notes: {} }, PASS, { today: '2026-03-01' }));
      expect((e as DraftError).messageKey).toBe('errors.label');
    }
    for (const expiryDays of [0, 1.5, 366, Number.NaN]) {
      const e = await errorOf(
        store.saveDraft({ label: 'x', input, snapshot, notes: {} }, PASS, { today: '2026-03-01', expiryDays }),
      );
      expect((e as DraftError).messageKey).toBe('errors.expiryDays');
    }
  });

  it('refuses to save a snapshot this machine cannot resume', async () => {
    const db = freshDb();
    const store = createDraftStore(db);
    const snapshot = waitingActor().getPersistedSnapshot() as unknown as Record<string, unknown>;
    const bad = { ...snapshot, value: { meldcode: 'bestaatNiet' } };
    const e = await errorOf(store.saveDraft({ label: 'x', input, snapshot: bad, notes: {} }, PASS, { today: '2026-03-01' }));
    expect((e as DraftError).messageKey).toBe('errors.incompatible');
    // Answers that do not lead to the stored state.
    const wrong = { ...snapshot, value: { outcome: { advies: 'review' } } };
    const e2 = await errorOf(store.saveDraft({ label: 'x', input, snapshot: wrong, notes: {} }, PASS, { today: '2026-03-01' }));
    expect((e2 as DraftError).messageKey).toBe('errors.incompatible');
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('drafts of the route for behaviour between children (kind onderling)', () => {
  /** A case paused at the flag question, after the kind of behaviour was answered. */
  function atFlag() {
    const actor = createActor(onderlingMachine, { input: { sector: 'po' } });
    actor.start();
    actor.send({ type: 'ANSWER', question: 'onderling.soort', value: 'seksueel' });
    return actor;
  }
  const onderlingNotes = {
    'onderling.vlag': 'CANARY-on9 aanraken op het schoolplein, geen toestemming (bron: pleinwacht)',
    [dateKey('onderling.vlag')]: '2026-11-30',
  };

  it('round-trips encrypted and resumes at the same question with the same answers and notes', async () => {
    const db = freshDb();
    const store = createDraftStore(db);
    const actor = atFlag();
    const meta = await store.saveDraft(
      { kind: 'onderling', label: 'plein groep 4 CANARY-on9', input: { sector: 'po' }, snapshot: actor.getPersistedSnapshot(), notes: onderlingNotes },
      PASS,
      { today: '2026-12-02' },
    );
    // On disk: the id, the expiry and the month; not the kind, the label, the answers or the note.
    const [row] = await db.drafts.toArray();
    expect(Object.keys(row!).sort()).toEqual(['createdMonth', 'expiresAt', 'id', 'payload']);
    const disk = JSON.stringify(row);
    for (const secret of ['CANARY', 'onderling', 'seksueel', 'schoolplein']) expect(disk).not.toContain(secret);

    const opened = await store.openDraft(meta.id, PASS, '2026-12-03');
    expect(opened.content.kind).toBe('onderling');
    expect(draftKind(opened.content)).toBe('onderling');
    expect(opened.content.input).toEqual({ sector: 'po' });
    expect(opened.content.notes).toEqual(onderlingNotes);
    const resumed = createActor(onderlingMachine, { input: opened.content.input, snapshot: opened.content.snapshot as never });
    resumed.start();
    expect(onderlingQuestionOf(resumed.getSnapshot())).toBe('onderling.vlag');
    expect(resumed.getSnapshot().context.answers).toEqual([['onderling.soort', 'seksueel']]);
    // It goes on from there as a case that was never paused.
    resumed.send({ type: 'ANSWER', question: 'onderling.vlag', value: 'groen' });
    expect(onderlingRouteOf(resumed.getSnapshot())).toBe('kinderen-onderling');
    expect(await errorOf(store.openDraft(meta.id, 'verkeerde wachtzin', '2026-12-03'))).toBeInstanceOf(DraftDecryptError);
  });

  it('keeps a confirmed outcome, and a concern draft stays without a kind', async () => {
    const store = createDraftStore(freshDb());
    const actor = atFlag();
    actor.send({ type: 'ANSWER', question: 'onderling.vlag', value: 'rood' });
    actor.send({ type: 'ANSWER', question: 'onderling.zorgen', value: 'ja' });
    actor.send({ type: 'CONFIRM' });
    const meta = await store.saveDraft(
      { kind: 'onderling', label: 'uitkomst', input: { sector: 'vo' }, snapshot: actor.getPersistedSnapshot(), notes: {} },
      PASS,
      { today: '2026-12-02' },
    );
    const opened = await store.openDraft(meta.id, PASS, '2026-12-02');
    expect(opened.content.snapshot).toMatchObject({ value: { uitkomst: 'done' } });
    const concern = await store.saveDraft({ label: 'zorg', input, snapshot: waitingActor().getPersistedSnapshot(), notes: {} }, PASS, {
      today: '2026-12-02',
    });
    const c = await store.openDraft(concern.id, PASS, '2026-12-02');
    expect(c.content.kind).toBeUndefined();
    expect(draftKind(c.content)).toBe('concern');
  });

  it('refuses an onderling snapshot under the wrong kind, or one whose answers do not lead to its state', async () => {
    const db = freshDb();
    const store = createDraftStore(db);
    const snapshot = atFlag().getPersistedSnapshot() as unknown as Record<string, unknown>;
    // Without the kind it would be a concern: the concern machine cannot resume it.
    const e = await errorOf(store.saveDraft({ label: 'x', input: { sector: 'po' }, snapshot, notes: {} }, PASS, { today: '2026-12-02' }));
    expect((e as DraftError).messageKey).toBe('errors.incompatible');
    const wrong = { ...snapshot, value: 'zorgen' };
    const e2 = await errorOf(
      store.saveDraft({ kind: 'onderling', label: 'x', input: { sector: 'po' }, snapshot: wrong, notes: {} }, PASS, { today: '2026-12-02' }),
    );
    expect((e2 as DraftError).messageKey).toBe('errors.incompatible');
    expect(await db.drafts.count()).toBe(0);
  });
});
