/**
 * Limits of drafts, apart from the store so the UI can show them without loading Dexie.
 */
export const DEFAULT_EXPIRY_DAYS = 42;
export const MAX_EXPIRY_DAYS = 365;
export const MAX_LABEL_LENGTH = 80;
/** The settings key (table `settings`) holding the number of days a draft is kept. */
export const EXPIRY_DAYS_SETTING = 'draftExpiryDays';

export function isExpiryDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_EXPIRY_DAYS;
}

/** Minutes without any input after which passphrases and decrypted drafts are cleared (unlocked.ts). */
export const DEFAULT_IDLE_LOCK_MINUTES = 5;
export const MAX_IDLE_LOCK_MINUTES = 60;
/** The settings key (table `settings`) holding those minutes. */
export const IDLE_LOCK_SETTING = 'idleLockMinutes';

export function isIdleLockMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_IDLE_LOCK_MINUTES;
}
