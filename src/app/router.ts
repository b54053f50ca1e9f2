import { useSyncExternalStore } from 'react';

/**
 * Hash routing (#/gids): works offline and on any static host without server rewrites. Hashes that
 * do not start with "#/" (an in-page anchor such as #main) are not routes: the last route stays.
 */

let lastPath = '/';

function pathFromHash(hash: string): string {
  if (hash.startsWith('#/')) {
    lastPath = hash.slice(1).split('?')[0] || '/';
  } else if (hash === '' || hash === '#') {
    lastPath = '/';
  }
  return lastPath;
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function currentPath(): string {
  return typeof window === 'undefined' ? '/' : pathFromHash(window.location.hash);
}

/**
 * The path rendered where there is no window: the build's pre-render (src/app/prerender.tsx) sets it
 * per page; on the client, hydration only happens on the start page, whose server path is '/'.
 */
let serverPath = '/';
export function setServerPath(path: string) {
  serverPath = path;
}

/** The path the app starts on: the URL's in a browser, the pre-render's at build time. */
export const startPath = () => (typeof window === 'undefined' ? serverPath : currentPath());

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => serverPath);
}

export function navigate(path: string) {
  const hash = `#${path}`;
  if (window.location.hash !== hash) window.location.hash = hash;
}

export const hrefOf = (path: string) => `#${path}`;
