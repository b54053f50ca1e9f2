/**
 * The one IndexedDB database of Zorgroute, through Dexie.
 *
 * Load this module only with dynamic import(): Dexie must not be in the start page's bundle
 * (team brief, budget). Everything about a child that is stored here is either a category
 * counter (no case id, no date finer than the month, no name, no free text) or an encrypted
 * draft whose key never touches storage.
 *
 * Schema versions (each version lists every table; Dexie diffs them and runs the upgrade):
 *  - v1: meta(key), counters([installation+cell]), settings(key), drafts(id, expiresAt)
 *  - v2: counters gain a `month` field ('YYYY-MM', the first part of the cell key) with an index,
 *        so a report over a period can read only the months it needs; the upgrade fills `month`
 *        in every existing counter row. meta.schemaVersion is written by the upgrade.
 * Never edit an old version's stores or upgrade: add a new version instead.
 */
import { Dexie, type EntityTable } from 'dexie';
import { DB_NAME } from './db-name';

export { DB_NAME };
export const SCHEMA_VERSION = 2;

/** Key/value rows: `installationId` (random UUID of this installation), `schemaVersion`. */
export interface MetaRow {
  key: string;
  value: string | number;
}

/**
 * One grow-only counter: how often `cell` was counted by `installation`.
 * `cell` is a key of the cell model (cells.ts: 'YYYY-MM|schoolId|dimension|value').
 */
export interface CounterRow {
  installation: string;
  cell: string;
  count: number;
  /** 'YYYY-MM', always the month of `cell` (parseCell); added in schema v2. */
  month: string;
}

/** Key/value rows for settings (see settings.ts for the keys and their shapes). */
export interface SettingsRow {
  key: string;
  value: unknown;
}

/** The encrypted payload of a draft (owned by the drafts feature; storage only keeps it). */
export interface DraftPayload {
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  iv: string;
  /** base64 */
  ciphertext: string;
}

/** An encrypted draft. `id` is random and opaque; it says nothing about the child. */
export interface DraftRow {
  id: string;
  /** 'YYYY-MM-DD' after which the draft is deleted. */
  expiresAt: string;
  /** 'YYYY-MM' */
  createdMonth: string;
  payload: DraftPayload;
}

export type ZorgrouteDB = Dexie & {
  meta: EntityTable<MetaRow, 'key'>;
  counters: Dexie.Table<CounterRow, [string, string]>;
  settings: EntityTable<SettingsRow, 'key'>;
  drafts: EntityTable<DraftRow, 'id'>;
};

/** The stores of each schema version, exported so the migration test can open an old version. */
export const STORES_V1 = {
  meta: 'key',
  counters: '[installation+cell]',
  settings: 'key',
  drafts: 'id, expiresAt',
} as const;

export const STORES_V2 = {
  ...STORES_V1,
  counters: '[installation+cell], month',
} as const;

/**
 * Declares every schema version on a Dexie instance. Kept apart from openDb so tests can build a
 * database that stops at an older version.
 */
export function declareVersions(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  db.version(1).stores(STORES_V1);
  if (upTo >= 2) {
    db.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        await tx
          .table('counters')
          .toCollection()
          .modify((row: Partial<CounterRow> & { cell: string }) => {
            // Frozen with version 2 (never edit an old upgrade); cells.ts parseCell gives the same month.
            row.month = row.cell.slice(0, 7);
          });
        await tx.table('meta').put({ key: 'schemaVersion', value: 2 });
      });
  }
}

/** Opens (and if needed creates or migrates) the database. `name` is only for tests. */
export function openDb(name: string = DB_NAME): ZorgrouteDB {
  const db = new Dexie(name) as ZorgrouteDB;
  declareVersions(db);
  return db;
}

let shared: ZorgrouteDB | undefined;

/** The app's single connection, created on first use. */
export function getDb(): ZorgrouteDB {
  shared ??= openDb();
  return shared;
}

/** Closes the shared connection (tests, and before deleting the database). */
export function closeDb(): void {
  shared?.close();
  shared = undefined;
}
