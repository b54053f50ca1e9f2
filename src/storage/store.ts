/**
 * The one interface of storage for counters and settings (drafts have their own store in
 * src/drafts). Imports Dexie through db.ts: load this module with dynamic import() only.
 *
 *   const store = (await import('../storage/store')).getStore();
 *   await store.recordRegistration(reg);
 *
 * Every write is one Dexie transaction, so a reload or crash half-way leaves nothing half-written.
 */
import { Dexie } from 'dexie';
import { CONTENT_VERSION } from '../../content/version';
import { monthOf, parseCell } from './cells';
import { countRegistration, type Registration } from './registration';
import { emptyCounters, fromCellRows, cellRows, totalsOf, type CounterSet, type Totals } from './counts';
import { mergeCountsFile, parseCountsFile, toCountsFile, type CountsFile, type CountsFileError, type CountsFileSchool } from './counts-file';
import { getDb, openDb, type CounterRow, type ZorgrouteDB } from './db';
import { SETTINGS_KEYS, checkSetting, settingsFromRows, type Settings, type SettingsKey } from './settings';

/** The meta key of this installation's random id. */
export const INSTALLATION_KEY = 'installationId';
/** The settings key remembering schools met in imported counts files (id → name, type). */
export const IMPORTED_SCHOOLS_KEY = 'importedSchools';

export interface ImportFileResult {
  /** position in the list given */
  index: number;
  ok: boolean;
  error?: CountsFileError;
  contentVersion?: string;
  exportedAt?: string;
  installations?: number;
  /** non-zero cells in the file */
  cells?: number;
}

export interface ImportResult {
  /** true when every file was valid and the counts were merged; false means nothing changed */
  ok: boolean;
  files: ImportFileResult[];
  /** cells whose stored count rose (0 when everything was already known, e.g. the same file twice) */
  changedCells: number;
}

export interface ExportedCounts {
  file: CountsFile;
  /** JSON text to save */
  text: string;
  /** suggested file name: zorgroute-tellingen-YYYY-MM.json */
  filename: string;
}

export interface Store {
  /** This installation's random id (created on first use). */
  installationId(): Promise<string>;
  /** Adds one registration to this installation's counters, all cells in one transaction. */
  recordRegistration(reg: Registration): Promise<void>;
  /** All counters (this installation's and imported ones), optionally only months from..to. */
  readCounters(period?: { from: string; to: string }): Promise<CounterSet>;
  /** Totals over installations (what the report reads). */
  readTotals(period?: { from: string; to: string }): Promise<Totals>;
  /** Validates all files first; if any is invalid nothing changes. Merges by max per installation and cell. */
  importCountsFiles(texts: readonly string[]): Promise<ImportResult>;
  /** The counts file of everything stored here (own and imported installations). */
  exportCounts(opts?: { now?: Date; onlyThisInstallation?: boolean }): Promise<ExportedCounts>;
  getSettings(): Promise<Settings>;
  /** Stores the given settings; throws (and stores nothing) when any value is invalid. */
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** The settings' schools and the schools met in imported files (settings win). */
  knownSchools(): Promise<CountsFileSchool[]>;
  /** Deletes the whole database: counters, settings, drafts and the installation id. */
  deleteAllLocalData(): Promise<void>;
}

const newInstallationId = (): string => crypto.randomUUID();

async function ensureInstallationId(db: ZorgrouteDB): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(INSTALLATION_KEY);
    if (typeof row?.value === 'string') return row.value;
    const id = newInstallationId();
    await db.meta.put({ key: INSTALLATION_KEY, value: id });
    return id;
  });
}

async function readImportedSchools(db: ZorgrouteDB): Promise<Record<string, CountsFileSchool>> {
  const row = await db.settings.get(IMPORTED_SCHOOLS_KEY);
  return row && typeof row.value === 'object' && row.value !== null ? (row.value as Record<string, CountsFileSchool>) : {};
}

/** A store over a database (tests pass their own; the app uses getStore()). */
export function createStore(dbOrFactory: ZorgrouteDB | (() => ZorgrouteDB)): Store {
  const db = typeof dbOrFactory === 'function' ? dbOrFactory : () => dbOrFactory;

  const readRows = async (period?: { from: string; to: string }): Promise<CounterRow[]> =>
    period ? db().counters.where('month').between(period.from, period.to, true, true).toArray() : db().counters.toArray();

  const store: Store = {
    installationId: () => ensureInstallationId(db()),

    async recordRegistration(reg) {
      const increments = countRegistration(reg); // throws on an invalid registration, before any write
      const d = db();
      await d.transaction('rw', d.meta, d.counters, async () => {
        const installation = await ensureInstallationId(d);
        const keys = [...increments.keys()].map((cell) => [installation, cell] as [string, string]);
        const existing = await d.counters.bulkGet(keys);
        await d.counters.bulkPut(
          keys.map(([, cell], i) => ({
            installation,
            cell,
            month: parseCell(cell)!.month,
            count: (existing[i]?.count ?? 0) + increments.get(cell)!,
          })),
        );
      });
    },

    async readCounters(period) {
      return fromCellRows(await readRows(period));
    },

    async readTotals(period) {
      return totalsOf(await store.readCounters(period));
    },

    async importCountsFiles(texts) {
      const parsed = texts.map((t) => parseCountsFile(t));
      const files: ImportFileResult[] = parsed.map((r, index) => {
        if (!r.ok) return { index, ok: false, error: r.error };
        let cells = 0;
        for (const rows of Object.values(r.file.installations)) for (const counts of Object.values(rows)) for (const v of counts) if (v > 0) cells++;
        return {
          index,
          ok: true,
          contentVersion: r.file.contentVersion,
          exportedAt: r.file.exportedAt,
          installations: Object.keys(r.file.installations).length,
          cells,
        };
      });
      if (parsed.some((r) => !r.ok) || parsed.length === 0) return { ok: parsed.length > 0 ? false : true, files, changedCells: 0 };

      const incoming = emptyCounters();
      const schools: Record<string, CountsFileSchool> = {};
      for (const r of parsed) {
        if (!r.ok) continue;
        mergeCountsFile(incoming, r.file, { adopt: true }); // parsed here, used once
        for (const s of r.file.schools) schools[s.id] = { ...schools[s.id], ...s };
      }
      const d = db();
      let changedCells = 0;
      await d.transaction('rw', d.counters, d.settings, async () => {
        // Read the stored counters of the installations in the files once, then write only the
        // cells whose count rises (max per installation and cell).
        const stored = new Map<string, number>();
        for (const installation of incoming.installations.keys()) {
          const rows = await d.counters.where('[installation+cell]').between([installation, Dexie.minKey], [installation, Dexie.maxKey]).toArray();
          for (const r of rows) stored.set(`${r.installation}\u0000${r.cell}`, r.count);
        }
        const raised = cellRows(incoming).filter((r) => r.count > (stored.get(`${r.installation}\u0000${r.cell}`) ?? 0));
        changedCells = raised.length;
        await d.counters.bulkPut(raised.map((r) => ({ ...r, month: parseCell(r.cell)!.month })));
        const known = await readImportedSchools(d);
        await d.settings.put({ key: IMPORTED_SCHOOLS_KEY, value: { ...known, ...schools } });
      });
      return { ok: true, files, changedCells };
    },

    async exportCounts(opts = {}) {
      const d = db();
      const installation = await ensureInstallationId(d);
      const rows = opts.onlyThisInstallation ? await d.counters.where('[installation+cell]').between([installation, Dexie.minKey], [installation, Dexie.maxKey]).toArray() : await readRows();
      const exportedAt = monthOf(opts.now ?? new Date());
      const file = toCountsFile(fromCellRows(rows), {
        contentVersion: CONTENT_VERSION,
        exportedAt,
        schools: await store.knownSchools(),
      });
      return { file, text: JSON.stringify(file), filename: `zorgroute-tellingen-${exportedAt}.json` };
    },

    async getSettings() {
      return settingsFromRows(await db().settings.bulkGet([...SETTINGS_KEYS]).then((rows) => rows.filter((r) => r !== undefined)));
    },

    async setSettings(patch) {
      const entries = Object.entries(patch) as [SettingsKey, unknown][];
      const errors = entries.flatMap(([k, v]) =>
        (SETTINGS_KEYS as readonly string[]).includes(k) ? checkSetting(k, v as never) : [`unknown setting "${k}"`],
      );
      if (errors.length > 0) throw new Error(`Invalid settings: ${errors.join('; ')}`);
      const d = db();
      await d.transaction('rw', d.settings, async () => {
        for (const [key, value] of entries) {
          if (value === undefined) await d.settings.delete(key);
          else await d.settings.put({ key, value });
        }
      });
      return store.getSettings();
    },

    async knownSchools() {
      const [settings, imported] = await Promise.all([store.getSettings(), readImportedSchools(db())]);
      const byId = new Map<string, CountsFileSchool>();
      for (const s of Object.values(imported)) byId.set(s.id, { ...s });
      for (const s of settings.schools) byId.set(s.id, { id: s.id, name: s.name, type: s.type });
      return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    },

    async deleteAllLocalData() {
      // Deletes the database and lets the same connection reopen it empty on next use (other
      // modules holding getDb() keep working); a new installation id is made then.
      await db().delete({ disableAutoOpen: false });
    },
  };
  return store;
}

let sharedStore: Store | undefined;

/** The app's store over the shared database (src/storage/db.ts getDb()). */
export function getStore(): Store {
  sharedStore ??= createStore(getDb);
  return sharedStore;
}

/** For tests: a store over its own database name. */
export function storeForTest(name: string): { store: Store; db: ZorgrouteDB } {
  const db = openDb(name);
  return { store: createStore(db), db };
}
