/**
 * The first screens that are in the built index.html as static HTML (issue 16), so the first paint
 * needs no JavaScript. The start page ('/') is pre-rendered inside #root and hydrated; the other
 * routes' first screens are static copies beside it, shown by CSS while their hash is the
 * `:target` (src/styles/prerender.css: no inline script, the CSP stays strict) and removed as soon
 * as the app has drawn its own page. Kept tiny: the shell imports it statically.
 */
export const PRERENDERED_PATHS = ['/', '/gids', '/verantwoording', '/training'] as const;

/** The id of a route's static copy; its hash anchor has the route's path as id (`#/gids` targets id "/gids"). */
export const copyId = (path: string) => `zr-pre${path.replace(/\//g, '-')}`;

/**
 * Removes the static copies and anchors: all of them once the app's own page is on screen; at
 * start-up all but the copy on screen (`keep`, the current path), so the page never holds two of a
 * heading longer than it must.
 */
export function dropPrerendered(keep?: string) {
  if (typeof document === 'undefined') return;
  // The current route's anchor stays too: it keeps the start page hidden until the app draws this route.
  const kept = keep && keep !== '/' ? [copyId(keep), keep] : [];
  for (const element of document.querySelectorAll('.zr-pre, .zr-pre-anchor')) {
    if (!kept.includes(element.id)) element.remove();
  }
}

/**
 * Makes a route's static copy the app's root, where it stands, so React can hydrate it instead of
 * drawing the page again: no second DOM, no second layout (issue 16). The copy loses what made it a
 * copy (its class, id and :target anchor) and becomes #root; the start page's root, hidden meanwhile,
 * and everything else pre-rendered go. All in one task, so no frame shows the page without it.
 */
export function adoptCopy(path: string): HTMLElement | undefined {
  const copy = document.getElementById(copyId(path));
  if (!copy?.firstElementChild) return undefined;
  // Training's header accent came from the copy's id; the page sets this too once it runs.
  if (path === '/training') document.documentElement.dataset.mode = 'training';
  document.getElementById('root')?.remove();
  copy.removeAttribute('class');
  copy.id = 'root';
  dropPrerendered();
  return copy;
}
