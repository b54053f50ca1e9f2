import { startTransition, useCallback, useEffect, useState } from 'react';
import type { CountsFileSchool } from '../storage/counts-file';
import type { Totals } from '../storage/counts';
import type { Settings } from '../storage/settings';
import type { Store } from '../storage/store';

export type ReportStore = Pick<Store, 'getSettings' | 'knownSchools' | 'readTotals' | 'exportCounts' | 'importCountsFiles'>;

/** What the report reads from storage: the settings, the schools known from settings and imports, and the totals. */
export interface ReportData {
  settings: Settings;
  known: CountsFileSchool[];
  totals: Totals;
}

/**
 * Loads the report's data from the store, again after `reload()` (an import changed the counters).
 * `failed` when storage could not be read.
 */
export function useReportData(loadStore: () => Promise<ReportStore>): { data?: ReportData; failed: boolean; reload(): void } {
  const [data, setData] = useState<ReportData>();
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    loadStore()
      .then((store) => Promise.all([store.getSettings(), store.knownSchools(), store.readTotals()]))
      // A transition: the page that follows (controls, month fields) is rendered in slices, not one task.
      .then(([settings, known, totals]) => live && startTransition(() => setData({ settings, known, totals })))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [loadStore, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, failed, reload };
}
