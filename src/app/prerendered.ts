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

/** Removes the static copies and anchors (once: the app's own page is on screen). */
export function dropPrerendered() {
  if (typeof document === 'undefined') return;
  for (const element of document.querySelectorAll('.zr-pre, .zr-pre-anchor')) element.remove();
}
