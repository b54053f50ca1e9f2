/**
 * The name of Zorgroute's one IndexedDB database. Its own module, free of Dexie, so the start-up
 * purge (purge-expired-drafts.ts, plain IndexedDB) and db.ts (Dexie) share it without the first page
 * loading Dexie.
 */
export const DB_NAME = 'zorgroute';
