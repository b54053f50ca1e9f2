import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { loadConcernActor } from '../concern/session';
import { App } from './App';
import { initI18n, loadNamespace } from './i18n';
import { PRERENDERED_PATHS } from './prerendered';
import { setServerPath } from './router';
import { findRoute } from './routes';

/**
 * Build time only (vite.config.ts, the `zorgroute-prerender` plugin loads this module in Node):
 * renders the first screen of each pre-rendered route to HTML, in Dutch, for a first visit (no
 * preferences, no concern), waiting for the lazy page and its namespaces like the browser does.
 */
export async function prerenderPages(): Promise<Record<string, string>> {
  initI18n('nl');
  // The statechart is loaded by an effect in the browser; a build-time render runs no effects.
  await loadConcernActor();
  const pages: Record<string, string> = {};
  for (const path of PRERENDERED_PATHS) {
    await Promise.all((findRoute(path)?.namespaces ?? []).map((ns) => loadNamespace(ns, 'nl')));
    setServerPath(path);
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <App />
      </StrictMode>,
      // React outlines a boundary larger than this (default 12.8 kB) and reveals it with an inline
      // script, which the CSP forbids (the training library is larger): keep every boundary in place.
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    let html = '';
    for await (const chunk of prelude) html += chunk;
    pages[path] = html;
  }
  setServerPath('/');
  return pages;
}
