import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/theme.css';
// Only the NL Design System components the app uses (not the whole library: first-page budget).
import './styles/nlds.css';
import './styles/app.css';
import './styles/prerender.css';
// Training's first screen is pre-rendered too (src/app/prerendered.ts): its styles must be there before
// the script, or the library reflows when the page's own chunk arrives (CLS 0.083 in Lighthouse).
import './training/training.css';
import { App, preloadPage } from './app/App';
import { holdEarlyInput, whenLive } from './app/earlyInput';
import { initI18n, setLanguage } from './app/i18n';
import { adoptCopy, dropPrerendered, PRERENDERED_PATHS } from './app/prerendered';
import { currentPath, setServerPath } from './app/router';
import { isFirstVisit, readPrefs } from './storage/prefs';

// The language is known before the first paint (localStorage, not IndexedDB). Dutch is bundled;
// English is fetched as its own chunk first, so an English user never sees a Dutch flash.
const { language } = readPrefs();
initI18n('nl');
document.documentElement.lang = 'nl';

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/** Hydration in a transition: React hydrates in slices of a few milliseconds and yields between them,
 * so no long task blocks a tap on the pre-rendered page (the pattern of React Router's entry). */
const hydrate = (container: HTMLElement) =>
  startTransition(() => {
    hydrateRoot(container, app, {
      onRecoverableError: (error) => console.error('zorgroute hydration:', error),
    });
  });

/** Clicks on the pre-rendered page before it is live are done again once it is (src/app/earlyInput.ts). */
function hydrateHolding(container: HTMLElement, early: ReturnType<typeof holdEarlyInput>) {
  void whenLive().then(() => early.replay());
  hydrate(container);
}

/**
 * The build pre-rendered the start page, and the first screens of the guide, the report and training,
 * in Dutch for a first visit (src/app/prerender.tsx). On the start page in Dutch React takes that HTML
 * over (hydration). On a first visit in Dutch to one of the other pre-rendered routes it takes over
 * that route's copy where it stands (adoptCopy). Anywhere else it draws afresh, and the static copy
 * shown meanwhile goes when the page is drawn (App's PageShown).
 */
function boot() {
  const container = document.getElementById('root')!;
  const path = currentPath();
  dropPrerendered(language === 'nl' ? path : undefined);
  // The page and its namespaces first: hydration must not suspend (App's preloadPage).
  if (language === 'nl' && path === '/' && container.firstElementChild) {
    const early = holdEarlyInput();
    void preloadPage('/').then(() => hydrateHolding(container, early));
    return;
  }
  // Only a first visit: remembered choices (the sector) may change what these pages draw.
  if (language === 'nl' && isFirstVisit() && (PRERENDERED_PATHS as readonly string[]).includes(path)) {
    const early = holdEarlyInput();
    void preloadPage(path).then(() => {
      // The route may have changed while its page loaded: then draw afresh after all.
      const copy = currentPath() === path ? adoptCopy(path) : undefined;
      if (!copy) {
        early.drop();
        dropPrerendered();
        render();
        return;
      }
      // The copy was rendered with this path as the server's (useSyncExternalStore's server snapshot).
      setServerPath(path);
      hydrateHolding(copy, early);
    });
    return;
  }
  if (language === 'nl') {
    render();
    return;
  }
  // No Dutch flash for an English user: blank until English is loaded, as before pre-rendering.
  container.replaceChildren();
  void setLanguage(language).finally(render);
}

// A transition here too: the first render is cut into slices instead of one long task.
function render() {
  startTransition(() => createRoot(document.getElementById('root')!).render(app));
}

// The entry is an async module (vite.config.ts, pre-render): it may run before the page is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot, { once: true });
else boot();
