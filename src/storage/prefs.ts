import { SECTORS, type Sector } from '../../machines/ids';

/**
 * Preferences of this browser: the user's role, sector and language. Categories only, never
 * anything about a child or the user. They live in localStorage (not IndexedDB) so the first paint
 * knows the language without loading Dexie. What is read is validated: an unknown or tampered value
 * falls back to the default instead of reaching the UI.
 */

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Who uses the guide (MELDCODE.md §1); the start screen offers those of the chosen sector (below). */
export const USER_ROLES = [
  'ib',
  'zorgcoordinator',
  'sociaal-werker',
  'pedagogisch-medewerker',
  'trainer',
  'leidinggevende',
  'aandachtsfunctionaris',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

const SCHOOL_USER_ROLES: readonly UserRole[] = ['ib', 'zorgcoordinator', 'sociaal-werker', 'pedagogisch-medewerker', 'trainer'];
/**
 * The roles the start screen offers per sector. The kinderopvang has no intern begeleider or
 * zorgcoördinator: its protocol names the beroepskracht (pedagogisch medewerker), the leidinggevende
 * and the aandachtsfunctionaris (docs/decisions.md, "Kinderopvang roles"). A remembered role another
 * sector offers stays remembered; it is simply not shown while this sector is chosen.
 */
export const SECTOR_USER_ROLES: Record<Sector, readonly UserRole[]> = {
  po: SCHOOL_USER_ROLES,
  vo: SCHOOL_USER_ROLES,
  kinderopvang: ['pedagogisch-medewerker', 'leidinggevende', 'aandachtsfunctionaris', 'sociaal-werker', 'trainer'],
  'sociaal-werk': SCHOOL_USER_ROLES,
};

export interface Prefs {
  language: Language;
  sector: Sector;
  /** Unset until the user chose one on the start screen. */
  role?: UserRole;
}

export const DEFAULT_PREFS: Prefs = { language: 'nl', sector: 'po' };

const KEY = 'zorgroute.prefs';

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads an untrusted value into valid preferences. */
export function parsePrefs(raw: unknown): Prefs {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const prefs: Prefs = {
    language: oneOf(LANGUAGES, value.language) ?? DEFAULT_PREFS.language,
    sector: oneOf(SECTORS, value.sector) ?? DEFAULT_PREFS.sector,
  };
  const role = oneOf(USER_ROLES, value.role);
  if (role) prefs.role = role;
  return prefs;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can be blocked (privacy settings); the app then works with defaults for this visit.
    return undefined;
  }
}

/** Nothing remembered yet: a first visit, the visit the build pre-rendered for (src/app/prerender.tsx). */
export function isFirstVisit(): boolean {
  return !storage()?.getItem(KEY);
}

export function readPrefs(): Prefs {
  const raw = storage()?.getItem(KEY);
  if (!raw) return { ...DEFAULT_PREFS };
  try {
    return parsePrefs(JSON.parse(raw));
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

/** Merges a change into the stored preferences and returns the result. */
export function writePrefs(change: Partial<Prefs>): Prefs {
  const next = parsePrefs({ ...readPrefs(), ...change });
  try {
    storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Quota or blocked storage: keep working, the choice holds for this visit only.
  }
  return next;
}
