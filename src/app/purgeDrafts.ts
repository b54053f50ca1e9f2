import { whenSettled } from './settled';

/**
 * App start: delete expired drafts once the first page has settled (./settled.ts). The purge
 * speaks plain IndexedDB (src/drafts/purge-on-start.ts → src/storage/purge-expired-drafts.ts) and is loaded with import(), so the start
 * page loads neither it nor Dexie up front. Kept apart from draftsSlots.tsx so App.tsx pulls in only these few lines.
 */
export function schedulePurgeOfExpiredDrafts(): void {
  const run = () => void import('../drafts/purge-on-start').then((m) => m.purgeExpiredDraftsOnStart()).catch(() => undefined);
  void whenSettled().then(run);
}
