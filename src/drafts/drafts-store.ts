import { createActor } from 'xstate';
import { concernMachine, type ConcernInput } from '../../machines/concern.machine';
import { replay, routeOf, type ConcernSnapshot } from '../../machines/concern';
import { SECTORS, PARTNER_KINDS } from '../../machines/ids';
import { onderlingMachine } from '../../machines/onderling.machine';
import { onderlingRouteOf, replayOnderling, type OnderlingSnapshot } from '../../machines/onderling';
import { getDb, type DraftRow, type ZorgrouteDB } from '../storage/db';
import { DraftDecryptError, decryptJson, encryptJson } from './crypto';
import { addDays, isIsoDate } from './dates';
import {
  DEFAULT_EXPIRY_DAYS,
  DEFAULT_IDLE_LOCK_MINUTES,
  EXPIRY_DAYS_SETTING,
  IDLE_LOCK_SETTING,
  MAX_EXPIRY_DAYS,
  MAX_LABEL_LENGTH,
  isExpiryDays,
  isIdleLockMinutes,
} from './limits';

/**
 * Drafts: a concern paused under a label the worker chooses, resumed later. A case of the route for
 * behaviour between children (#/onderling) is paused the same way (`kind: 'onderling'`, its own
 * machine's snapshot and notes); a draft without a kind is a concern, as every draft was before.
 *
 * Everything about the concern — label, answers (inside the machine snapshot), notes, step dates,
 * the evaluation date — is one JSON blob encrypted with AES-GCM (crypto.ts). In clear stay only
 * what the store needs to run without the passphrase: a random id, the expiry day (to delete
 * expired drafts without a passphrase) and the month it was created. The id, expiry and month are
 * bound to the ciphertext as associated data, so a payload moved to another row, or an expiry
 * pushed out by someone with access to the disk, no longer opens.
 *
 * Passphrases: each draft is encrypted under the passphrase given when it was saved. The drafts
 * page has one "unlock" field that tries the passphrase on every draft (a worker normally uses one
 * passphrase); drafts it opens show their label, the others stay "Concept — verloopt op …". A
 * passphrase is kept in memory only (see session-passphrase.ts), never stored.
 */

export { DEFAULT_EXPIRY_DAYS, EXPIRY_DAYS_SETTING, MAX_EXPIRY_DAYS, MAX_LABEL_LENGTH, isExpiryDays };

export type Notes = Record<string, string>;

/** Which case a draft holds: a concern (the meldcode guide) or behaviour between children. */
export type DraftKind = 'concern' | 'onderling';
export const DRAFT_KINDS: readonly DraftKind[] = ['concern', 'onderling'];

/**
 * What is encrypted. `snapshot` is actor.getPersistedSnapshot() of the concern machine, or of the
 * onderling machine when `kind` is 'onderling' (then `input` holds the sector only).
 */
export interface DraftContent {
  v: 1;
  /** Absent: a concern (drafts saved before there were other kinds open as they did). Inside the ciphertext. */
  kind?: DraftKind;
  label: string;
  input: Pick<ConcernInput, 'sector' | 'partners'>;
  snapshot: unknown;
  notes: Notes;
  /** ISO timestamp; inside the ciphertext, so its precision reveals nothing in clear. */
  savedAt: string;
}

/** What anyone with the disk can see: nothing about the child. */
export interface DraftSummary {
  id: string;
  expiresAt: string;
  createdMonth: string;
}

export interface OpenedDraft extends DraftSummary {
  content: DraftContent;
}

export type DraftErrorKey = 'errors.notFound' | 'errors.incompatible' | 'errors.label' | 'errors.expiryDays';

const MESSAGES: Record<DraftErrorKey, string> = {
  'errors.notFound': 'This draft no longer exists (it may have expired and been deleted).',
  'errors.incompatible':
    'This draft was saved by a version whose questions differ from this one; it cannot be resumed. Nothing was deleted.',
  'errors.label': `Give the draft a label of 1 to ${MAX_LABEL_LENGTH} characters (no names).`,
  'errors.expiryDays': `The number of days a draft is kept must be a whole number from 1 to ${MAX_EXPIRY_DAYS}.`,
};

/** A draft could not be saved or opened for a reason other than the passphrase. */
export class DraftError extends Error {
  readonly messageKey: DraftErrorKey;
  constructor(messageKey: DraftErrorKey) {
    super(MESSAGES[messageKey]);
    this.name = 'DraftError';
    this.messageKey = messageKey;
  }
}

const aad = (row: DraftSummary) => `zorgroute-draft:v1:${row.id}:${row.expiresAt}:${row.createdMonth}`;

function summary(row: DraftRow): DraftSummary {
  return { id: row.id, expiresAt: row.expiresAt, createdMonth: row.createdMonth };
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** The decrypted blob is authenticated, but may come from another version: check its shape. */
function asContent(value: unknown): DraftContent {
  const c = value as Partial<DraftContent> | null;
  const input = c?.input as ConcernInput | undefined;
  const ok =
    c !== null &&
    typeof c === 'object' &&
    c.v === 1 &&
    (c.kind === undefined || DRAFT_KINDS.includes(c.kind)) &&
    typeof c.label === 'string' &&
    typeof c.savedAt === 'string' &&
    isRecordOfStrings(c.notes) &&
    typeof c.snapshot === 'object' &&
    c.snapshot !== null &&
    typeof input === 'object' &&
    input !== null &&
    (input.sector === undefined || (SECTORS as readonly string[]).includes(input.sector)) &&
    (input.partners === undefined ||
      (isRecordOfStrings(input.partners) &&
        Object.values(input.partners).every((k) => (PARTNER_KINDS as readonly string[]).includes(k))));
  if (!ok) throw new DraftDecryptError('errors.format');
  return c as DraftContent;
}

/** The kind of case a draft holds (a draft without one is a concern). */
export const draftKind = (content: Pick<DraftContent, 'kind'>): DraftKind => content.kind ?? 'concern';

/**
 * The snapshot must still make sense to this version's machine: it must restore, and its answers
 * must replay through the machine as it is now (a renamed state or a changed rule would otherwise
 * resume into a state the guide cannot show).
 */
function statePath(value: unknown, hasRoute: boolean): string {
  const flatten = (v: unknown): string[] => {
    if (typeof v === 'string') return [v];
    const entries = Object.entries(v as Record<string, unknown>);
    return entries.length === 1 ? [entries[0][0], ...flatten(entries[0][1])] : [JSON.stringify(v)];
  };
  const path = flatten(value);
  return (hasRoute ? path.slice(0, -1) : path).join('.');
}

function checkResumable(content: DraftContent): void {
  try {
    if (draftKind(content) === 'onderling') checkOnderling(content);
    else checkConcern(content);
  } catch {
    throw new DraftError('errors.incompatible');
  }
}

function checkConcern(content: DraftContent): void {
  const actor = createActor(concernMachine, { input: content.input, snapshot: content.snapshot as never });
  // A snapshot naming an unknown state puts the actor in status 'error'; without an error
  // observer XState would also rethrow it asynchronously as an unhandled error.
  actor.subscribe({ error: () => undefined });
  actor.start();
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (snapshot.status === 'error') throw new Error('snapshot in error');
  const { rejected, snapshot: replayed } = replay(snapshot.context.answers, content.input);
  if (rejected) throw new Error('answers no longer accepted');
  // The answers alone must lead to the stored state. Inside a route-bearing state the substate
  // (review → confirmed → evaluation) is reached by events, not answers, so it is left out.
  const path = (s: ConcernSnapshot) => statePath(s.value, routeOf(s) !== undefined);
  if (path(replayed) !== path(snapshot)) throw new Error('state differs from answers');
}

/** The same check through the onderling machine (its outcome's substates: review → done). */
function checkOnderling(content: DraftContent): void {
  const input = { sector: content.input.sector };
  const actor = createActor(onderlingMachine, { input, snapshot: content.snapshot as never });
  actor.subscribe({ error: () => undefined });
  actor.start();
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (snapshot.status === 'error') throw new Error('snapshot in error');
  const { rejected, snapshot: replayed } = replayOnderling(snapshot.context.answers, input);
  if (rejected) throw new Error('answers no longer accepted');
  const path = (s: OnderlingSnapshot) => statePath(s.value, onderlingRouteOf(s) !== undefined);
  if (path(replayed) !== path(snapshot)) throw new Error('state differs from answers');
}

export function checkLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LABEL_LENGTH) throw new DraftError('errors.label');
  return trimmed;
}

export interface SaveOptions {
  /** Overwrite this draft (keeps its id and created month; the expiry starts again). */
  id?: string;
  /** Local calendar day 'YYYY-MM-DD'. */
  today: string;
  /** Days to keep the draft; default: the setting `draftExpiryDays`, else DEFAULT_EXPIRY_DAYS. */
  expiryDays?: number;
  now?: Date;
}

export interface DraftStore {
  saveDraft(
    content: Omit<DraftContent, 'v' | 'savedAt'>,
    passphrase: string,
    options: SaveOptions,
  ): Promise<DraftSummary>;
  /** Drafts not yet expired, soonest expiry first. Needs no passphrase and shows no label. */
  listDrafts(today: string): Promise<DraftSummary[]>;
  openDraft(id: string, passphrase: string, today: string): Promise<OpenedDraft>;
  /** Tries one passphrase on every draft; never deletes or changes anything. */
  unlockDrafts(passphrase: string, today: string): Promise<{ opened: OpenedDraft[]; locked: DraftSummary[] }>;
  deleteDraft(id: string): Promise<void>;
  /** Deletes drafts whose expiry day is before `today`; returns how many. */
  purgeExpired(today: string): Promise<number>;
  /** The configured number of days a draft is kept (settings), or the default. */
  expiryDays(): Promise<number>;
  /** The configured minutes without input after which drafts lock (settings), or the default. */
  idleLockMinutes(): Promise<number>;
}

export function createDraftStore(db: ZorgrouteDB = getDb()): DraftStore {
  async function readExpiryDays(): Promise<number> {
    const row = await db.settings.get(EXPIRY_DAYS_SETTING);
    return isExpiryDays(row?.value) ? row.value : DEFAULT_EXPIRY_DAYS;
  }

  const purgeExpired = (today: string) => db.drafts.where('expiresAt').below(today).delete();

  async function readRow(id: string, today: string): Promise<DraftRow> {
    const row = await db.drafts.get(id);
    if (!row) throw new DraftError('errors.notFound');
    if (row.expiresAt < today) {
      await db.drafts.delete(id);
      throw new DraftError('errors.notFound');
    }
    return row;
  }

  async function decryptRow(row: DraftRow, passphrase: string): Promise<OpenedDraft> {
    const content = asContent(await decryptJson(row.payload, passphrase, { aad: aad(row) }));
    return { ...summary(row), content };
  }

  return {
    async saveDraft(content, passphrase, { id, today, expiryDays: days, now = new Date() }) {
      const expiryDays = days ?? (await readExpiryDays());
      if (!Number.isInteger(expiryDays) || expiryDays < 1 || expiryDays > MAX_EXPIRY_DAYS) {
        throw new DraftError('errors.expiryDays');
      }
      if (!isIsoDate(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
      const onderling = draftKind(content) === 'onderling';
      const full: DraftContent = {
        v: 1,
        // A concern's draft stays as it was (no kind); another kind says so, inside the ciphertext.
        ...(onderling ? { kind: 'onderling' as const } : {}),
        label: checkLabel(content.label),
        input: onderling ? { sector: content.input.sector } : { sector: content.input.sector, partners: content.input.partners },
        // A JSON round trip: what is stored is exactly what will be restored.
        snapshot: JSON.parse(JSON.stringify(content.snapshot)),
        notes: { ...content.notes },
        savedAt: now.toISOString(),
      };
      checkResumable(full);
      const existing = id ? await db.drafts.get(id) : undefined;
      const meta: DraftSummary = {
        id: existing?.id ?? globalThis.crypto.randomUUID(),
        expiresAt: addDays(today, expiryDays),
        createdMonth: existing?.createdMonth ?? today.slice(0, 7),
      };
      // Encrypt first, then one put: the row is either the old draft or the new one, never half.
      const payload = await encryptJson(full, passphrase, { aad: aad(meta) });
      await db.drafts.put({ ...meta, payload });
      return meta;
    },

    async listDrafts(today) {
      const rows = await db.drafts.where('expiresAt').aboveOrEqual(today).sortBy('expiresAt');
      return rows.map(summary);
    },

    async openDraft(id, passphrase, today) {
      const opened = await decryptRow(await readRow(id, today), passphrase);
      checkResumable(opened.content);
      return opened;
    },

    async unlockDrafts(passphrase, today) {
      const rows = await db.drafts.where('expiresAt').aboveOrEqual(today).sortBy('expiresAt');
      // In parallel: each costs one 600k-iteration derivation, which WebCrypto runs off the main thread.
      const results = await Promise.all(
        rows.map((row) =>
          decryptRow(row, passphrase).then(
            (opened) => ({ opened }),
            () => ({ locked: summary(row) }),
          ),
        ),
      );
      return {
        opened: results.flatMap((r) => ('opened' in r ? [r.opened] : [])),
        locked: results.flatMap((r) => ('locked' in r ? [r.locked] : [])),
      };
    },

    async deleteDraft(id) {
      await db.drafts.delete(id);
    },

    purgeExpired,

    expiryDays: readExpiryDays,

    async idleLockMinutes() {
      const row = await db.settings.get(IDLE_LOCK_SETTING);
      return isIdleLockMinutes(row?.value) ? row.value : DEFAULT_IDLE_LOCK_MINUTES;
    },
  };
}
