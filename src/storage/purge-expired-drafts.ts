import { DB_NAME } from './db-name';

/**
 * Deletes drafts whose expiry day lies before `today` ('YYYY-MM-DD'), without Dexie: it runs when the
 * app starts and the start page must not load Dexie (budget), so this speaks plain IndexedDB to the
 * `drafts` store and its `expiresAt` index, which db.ts declares ('id, expiresAt'). It lives in storage
 * because only storage touches IndexedDB; import nothing here but db-name.ts. It never creates the
 * database: a first visit leaves nothing behind. Any problem (blocked storage, an older schema) just
 * skips the purge; the drafts store purges again when drafts are listed or opened.
 */
export async function purgeExpiredDraftsWithoutDexie(today: string, name: string = DB_NAME): Promise<number> {
  if (typeof indexedDB === 'undefined') return 0;
  try {
    if (typeof indexedDB.databases === 'function') {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes(name)) return 0;
    }
  } catch {
    return 0;
  }
  return new Promise<number>((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(0);
      return;
    }
    // The database does not exist (deleted meanwhile): abort, so opening does not create it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(0);
    request.onblocked = () => resolve(0);
    request.onsuccess = () => {
      const db = request.result;
      // Dexie may want to upgrade the schema in this or another tab: step aside at once.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('drafts')) {
        db.close();
        resolve(0);
        return;
      }
      let deleted = 0;
      try {
        const tx = db.transaction('drafts', 'readwrite');
        const store = tx.objectStore('drafts');
        if (!store.indexNames.contains('expiresAt')) {
          tx.abort();
          db.close();
          resolve(0);
          return;
        }
        // Expired = the expiry day lies before today (on its expiry day a draft still exists).
        const cursor = store.index('expiresAt').openCursor(IDBKeyRange.upperBound(today, true));
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          c.delete();
          deleted++;
          c.continue();
        };
        tx.oncomplete = () => {
          db.close();
          resolve(deleted);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(0);
        };
      } catch {
        db.close();
        resolve(0);
      }
    };
  });
}
