/**
 * The organisation's settings: plain types, defaults and checks of what is read back. Pure (no
 * Dexie, no zod), so any module can import it. Stored by store.ts as key/value rows of the
 * `settings` table, one row per key below (the drafts feature reads `draftExpiryDays` itself).
 */
import type { SchoolType } from '../../machines/ids';
import type { SocialeKaart } from '../../content/sociale-kaart';
import { SLUG } from './cells';

export interface SchoolSetting {
  /** Stable slug; counters use it. Made from the name once (slugify) and kept when the name changes. */
  id: string;
  name: string;
  type: SchoolType;
}

export interface Settings {
  /** The organisation's name, shown on the report. */
  organisation: string;
  schools: SchoolSetting[];
  /** The organisation's own sociale kaart; undefined means the default (content/sociale-kaart.ts). */
  socialeKaart?: SocialeKaart;
  /** Cells below this are suppressed in exports for outside the organisation (5–50, default 10). */
  suppressionThreshold: number;
  /** Days an encrypted draft is kept (1–365, default 42; the drafts feature reads the same key). */
  draftExpiryDays: number;
  /**
   * Minutes without input after which unlocked drafts and remembered passphrases are cleared
   * (1–60, default 5; the drafts feature reads the same key, src/drafts/unlocked.ts).
   */
  idleLockMinutes: number;
}

export const SETTINGS_KEYS = ['organisation', 'schools', 'socialeKaart', 'suppressionThreshold', 'draftExpiryDays', 'idleLockMinutes'] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

export const MIN_SUPPRESSION_THRESHOLD = 5;
export const MAX_SUPPRESSION_THRESHOLD = 50;
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;
export const DEFAULT_DRAFT_EXPIRY_DAYS = 42;
export const MAX_DRAFT_EXPIRY_DAYS = 365;
export const DEFAULT_IDLE_LOCK_MINUTES = 5;
export const MAX_IDLE_LOCK_MINUTES = 60;

export const DEFAULT_SETTINGS: Settings = {
  organisation: '',
  schools: [],
  suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  draftExpiryDays: DEFAULT_DRAFT_EXPIRY_DAYS,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
};

const wholeIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function isSchoolSetting(v: unknown): v is SchoolSetting {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.id === 'string' && SLUG.test(s.id) && typeof s.name === 'string' && s.name.trim().length > 0 && s.name.length <= 200 && (s.type === 'po' || s.type === 'vo');
}

/** What is wrong with a value for a key (empty when it may be stored). */
export function checkSetting<K extends SettingsKey>(key: K, value: Settings[K]): string[] {
  switch (key) {
    case 'organisation':
      return typeof value === 'string' && value.length <= 200 ? [] : ['organisation: a name of at most 200 characters'];
    case 'schools': {
      if (!Array.isArray(value)) return ['schools: a list'];
      const errors = value.flatMap((s, i) => (isSchoolSetting(s) ? [] : [`schools[${i}]: id (a-z, 0-9, -), name and type po or vo`]));
      const ids = value.map((s: SchoolSetting) => s.id);
      for (const dup of new Set(ids.filter((x, i) => ids.indexOf(x) !== i))) errors.push(`schools: id "${dup}" occurs twice`);
      return errors;
    }
    case 'socialeKaart':
      // Validated with content/sociale-kaart.schema.ts by whoever imports it (zod loads lazily there).
      return value === undefined || (typeof value === 'object' && value !== null) ? [] : ['socialeKaart: an object'];
    case 'suppressionThreshold':
      return wholeIn(value, MIN_SUPPRESSION_THRESHOLD, MAX_SUPPRESSION_THRESHOLD)
        ? []
        : [`suppressionThreshold: a whole number from ${MIN_SUPPRESSION_THRESHOLD} to ${MAX_SUPPRESSION_THRESHOLD}`];
    case 'draftExpiryDays':
      return wholeIn(value, 1, MAX_DRAFT_EXPIRY_DAYS) ? [] : [`draftExpiryDays: a whole number from 1 to ${MAX_DRAFT_EXPIRY_DAYS}`];
    case 'idleLockMinutes':
      return wholeIn(value, 1, MAX_IDLE_LOCK_MINUTES) ? [] : [`idleLockMinutes: a whole number from 1 to ${MAX_IDLE_LOCK_MINUTES}`];
    default:
      return [`unknown setting "${String(key)}"`];
  }
}

/** Settings from stored rows; a missing or damaged value falls back to its default. */
export function settingsFromRows(rows: readonly { key: string; value: unknown }[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, schools: [] };
  for (const { key, value } of rows) {
    if (!(SETTINGS_KEYS as readonly string[]).includes(key)) continue;
    const k = key as SettingsKey;
    if (checkSetting(k, value as never).length === 0) (out as unknown as Record<string, unknown>)[k] = value;
  }
  return out;
}

/** A school id from a name: lower case, accents dropped, other characters to hyphens ("De Höchte" → "de-hochte"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return slug || 'school';
}

/** A slug for `name` that is not in `taken` (adds -2, -3, …). */
export function uniqueSlug(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 60)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export const SETTINGS_FILE_FORMAT = 'zorgroute-settings';
/** A settings file is some schools and at most one kaart: anything larger is refused unread (issue 13). */
export const MAX_SETTINGS_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_SCHOOLS_IN_SETTINGS = 1000;

/**
 * The organisation's settings as a JSON file, to give every worker's installation the same schools
 * (same ids, so their counts merge) and sociale kaart. The default kaart is not written out.
 * Read it back with parseSettingsFile (settings.schema.ts, zod: load lazily).
 */
export function settingsToFileText(settings: Settings): string {
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: 1,
    organisation: settings.organisation,
    schools: settings.schools,
    ...(settings.socialeKaart ? { socialeKaart: settings.socialeKaart } : {}),
    suppressionThreshold: settings.suppressionThreshold,
    draftExpiryDays: settings.draftExpiryDays,
    idleLockMinutes: settings.idleLockMinutes,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
