/**
 * The counts file (format 'zorgroute-counts', version 1): what one installation exports and a
 * coordinator imports, and its validator. Pure. Its JSON Schema is generated from the zod schema
 * in counts.schema.ts and published as docs/counts.schema.json. Importing validates with the
 * hand-written checks below (a test proves they accept exactly what the zod schema accepts)
 * because they are ~20× faster on the millions of numbers of a large organisation.
 */
import { MONTH, ROW, SLUG, isColumn } from './cells';
import { emptyCounters, mergeInto, type CounterSet } from './counts';

export const COUNTS_FORMAT = 'zorgroute-counts';
export const COUNTS_VERSION = 1;
export const INSTALLATION_ID = /^[A-Za-z0-9-]{8,64}$/;
export const MAX_COUNT = 1_000_000_000;
export const MAX_SCHOOLS = 1000;

export interface CountsFileSchool {
  id: string;
  name?: string;
  type: 'po' | 'vo';
}

export interface CountsFile {
  format: typeof COUNTS_FORMAT;
  version: typeof COUNTS_VERSION;
  /** The content version (questions, routes) the counts were made with. */
  contentVersion: string;
  /** 'YYYY-MM': when the file was made, no finer. */
  exportedAt: string;
  schools: CountsFileSchool[];
  /** The column ids ('dimension|value'); every row array below is indexed by these. */
  columns: string[];
  /** installation id → row ('YYYY-MM|schoolId') → counts by column. */
  installations: Record<string, Record<string, number[]>>;
}

/** Makes the counts file of a counter set. Only columns and rows that hold a count are written. */
export function toCountsFile(
  set: CounterSet,
  meta: { contentVersion: string; exportedAt: string; schools: CountsFileSchool[] },
): CountsFile {
  const used = new Array<boolean>(set.columns.length).fill(false);
  for (const rows of set.installations.values())
    for (const counts of rows.values()) for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) used[i] = true;
  const keep = set.columns.map((_, i) => i).filter((i) => used[i]);
  keep.sort((a, b) => (set.columns[a]! < set.columns[b]! ? -1 : 1));
  const installations: Record<string, Record<string, number[]>> = {};
  for (const id of [...set.installations.keys()].sort()) {
    const out: Record<string, number[]> = {};
    const rows = set.installations.get(id)!;
    for (const row of [...rows.keys()].sort()) {
      const counts = rows.get(row)!;
      const dense = keep.map((i) => counts[i] ?? 0);
      if (dense.some((v) => v > 0)) out[row] = dense;
    }
    if (Object.keys(out).length > 0) installations[id] = out;
  }
  return {
    format: COUNTS_FORMAT,
    version: COUNTS_VERSION,
    contentVersion: meta.contentVersion,
    exportedAt: meta.exportedAt,
    schools: meta.schools.map((s) => ({ ...s })),
    columns: keep.map((i) => set.columns[i]!),
    installations,
  };
}

export type CountsFileErrorCode = 'not-json' | 'not-counts-file' | 'unsupported-version' | 'invalid';

export interface CountsFileError {
  code: CountsFileErrorCode;
  /** Where in the file, as a JSON path ('$.installations.abc…'). */
  path: string;
  /** What was expected, in English; the UI shows its own text per code and this as detail. */
  message: string;
}

export type CountsFileResult = { ok: true; file: CountsFile } | { ok: false; error: CountsFileError };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (code: CountsFileErrorCode, path: string, message: string): CountsFileResult => ({
  ok: false,
  error: { code, path, message },
});
const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

/**
 * Checks an untrusted value against counts file version 1. Accepts exactly what
 * `countsFileSchema` (counts.schema.ts) accepts, plus the rules JSON Schema cannot say: unique
 * school ids and columns, and row arrays as long as `columns`.
 */
export function validateCountsFile(data: unknown): CountsFileResult {
  if (!isRecord(data)) return fail('not-counts-file', '$', 'expected a JSON object');
  if (data.format !== COUNTS_FORMAT) return fail('not-counts-file', '$.format', `expected "${COUNTS_FORMAT}"`);
  if (data.version !== COUNTS_VERSION)
    return fail('unsupported-version', '$.version', `expected version ${COUNTS_VERSION}, got ${JSON.stringify(data.version)}`);
  const allowed = new Set(['format', 'version', 'contentVersion', 'exportedAt', 'schools', 'columns', 'installations']);
  for (const k of Object.keys(data)) if (!allowed.has(k)) return fail('invalid', `$${key(k)}`, 'unknown field');
  const cv = data.contentVersion;
  if (typeof cv !== 'string' || cv.length < 1 || cv.length > 40) return fail('invalid', '$.contentVersion', 'expected a string of 1–40 characters');
  if (typeof data.exportedAt !== 'string' || !MONTH.test(data.exportedAt)) return fail('invalid', '$.exportedAt', 'expected a month YYYY-MM');

  const schools = data.schools;
  if (!Array.isArray(schools) || schools.length > MAX_SCHOOLS) return fail('invalid', '$.schools', `expected a list of at most ${MAX_SCHOOLS} schools`);
  const schoolIds = new Set<string>();
  for (let i = 0; i < schools.length; i++) {
    const s: unknown = schools[i];
    const p = `$.schools[${i}]`;
    if (!isRecord(s)) return fail('invalid', p, 'expected an object');
    for (const k of Object.keys(s)) if (k !== 'id' && k !== 'name' && k !== 'type') return fail('invalid', `${p}${key(k)}`, 'unknown field');
    if (typeof s.id !== 'string' || !SLUG.test(s.id)) return fail('invalid', `${p}.id`, 'expected a lower-case id (a-z, 0-9, -)');
    if (schoolIds.has(s.id)) return fail('invalid', `${p}.id`, `school id "${s.id}" occurs twice`);
    schoolIds.add(s.id);
    if (s.name !== undefined && (typeof s.name !== 'string' || s.name.length < 1 || s.name.length > 200))
      return fail('invalid', `${p}.name`, 'expected a name of 1–200 characters');
    if (s.type !== 'po' && s.type !== 'vo') return fail('invalid', `${p}.type`, 'expected "po" or "vo"');
  }

  const columns = data.columns;
  if (!Array.isArray(columns) || columns.length > 10_000) return fail('invalid', '$.columns', 'expected a list of column ids');
  const seen = new Set<string>();
  for (let i = 0; i < columns.length; i++) {
    const c: unknown = columns[i];
    if (typeof c !== 'string' || !isColumn(c)) return fail('invalid', `$.columns[${i}]`, `unknown column ${JSON.stringify(c)}`);
    if (seen.has(c)) return fail('invalid', `$.columns[${i}]`, `column "${c}" occurs twice`);
    seen.add(c);
  }
  const width = columns.length;

  const installations = data.installations;
  if (!isRecord(installations)) return fail('invalid', '$.installations', 'expected an object');
  for (const id in installations) {
    const p = `$.installations${key(id)}`;
    if (!INSTALLATION_ID.test(id)) return fail('invalid', p, 'expected an installation id of 8–64 letters, digits or -');
    const rows = installations[id];
    if (!isRecord(rows)) return fail('invalid', p, 'expected an object');
    for (const row in rows) {
      const rp = `${p}${key(row)}`;
      if (!ROW.test(row)) return fail('invalid', rp, 'expected a row key YYYY-MM|schoolId');
      const counts = rows[row];
      if (!Array.isArray(counts) || counts.length !== width)
        return fail('invalid', rp, `expected a list of ${width} counts, one per column`);
      for (let i = 0; i < width; i++) {
        const v: unknown = counts[i];
        // typeof first: the comparisons below are then on numbers only (and fast).
        if (typeof v !== 'number' || !(v >= 0 && v <= MAX_COUNT) || Math.floor(v) !== v)
          return fail('invalid', `${rp}[${i}]`, `expected a whole number 0–${MAX_COUNT}`);
      }
    }
  }
  return { ok: true, file: data as unknown as CountsFile };
}

/** Parses and validates the text of a counts file. */
export function parseCountsFile(text: string): CountsFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail('not-json', '$', e instanceof Error ? e.message : 'not JSON');
  }
  return validateCountsFile(data);
}

/**
 * Merges a validated counts file into a counter set (mutates `target`). With `adopt`, the file's
 * count arrays become part of `target` instead of being copied: pass it only for a file you
 * parsed yourself and will not use again.
 */
export function mergeCountsFile(target: CounterSet, file: CountsFile, opts: { adopt?: boolean } = {}): void {
  mergeInto(
    target,
    {
      columns: file.columns,
      installations: Object.entries(file.installations).map(([id, rows]) => [id, Object.entries(rows)] as [string, [string, number[]][]]),
    },
    opts,
  );
}

/** A counter set holding exactly one file. */
export function countersOfFile(file: CountsFile): CounterSet {
  const set = emptyCounters();
  mergeCountsFile(set, file);
  return set;
}
