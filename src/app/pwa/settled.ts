/**
 * Resolves once the first page has settled: after the window's load event, a short pause and an
 * idle moment. Work that the first page does not need (the service worker's registration and
 * update prompt) starts then, so its requests never compete with the page's own chunks and
 * content — Lighthouse counts every request started before the largest paint towards it.
 * Kept tiny: the shell imports it statically.
 */
export function whenSettled(pauseMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => resolve(), { timeout: 2000 }) : resolve();
    const afterLoad = () => window.setTimeout(idle, pauseMs);
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
  });
}
