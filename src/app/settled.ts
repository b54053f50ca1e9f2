/**
 * Resolves once the first page has settled: after the window's load event, a short pause and an
 * idle moment (at once if that moment has long passed). Work the first page does not need — the
 * service worker and its update prompt, reading the organisation's sociale kaart from IndexedDB,
 * purging expired drafts — starts then, so it never competes with the page's own chunks and
 * content: Lighthouse counts every request started before the largest paint towards that paint,
 * and Dexie's evaluation towards blocking time. Kept tiny: the shell imports it statically.
 */
export function whenSettled(pauseMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const loadEnd = (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
    if (document.readyState === 'complete' && loadEnd > 0 && performance.now() - loadEnd > pauseMs) {
      resolve();
      return;
    }
    const idle = () => {
      // A test environment may be torn down while the pause runs: there is no window left to wait on.
      if (typeof window === 'undefined') return;
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 2000 });
      else resolve();
    };
    const afterLoad = () => window.setTimeout(idle, pauseMs);
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
  });
}
