import { purgeExpiredDraftsWithoutDexie } from '../storage/purge-expired-drafts';
import { localToday } from './dates';

/**
 * The drafts' start-up purge: drafts past their expiry day (by the worker's local calendar) are
 * deleted. Storage does the deleting in plain IndexedDB, so the first page loads no Dexie.
 */
export function purgeExpiredDraftsOnStart(today: string = localToday()): Promise<number> {
  return purgeExpiredDraftsWithoutDexie(today);
}
