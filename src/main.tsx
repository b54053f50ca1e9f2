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
import { initI18n, setLanguage } from './app/i18n';
import { dropPrerendered } from './app/prerendered';
import { currentPath } from './app/router';
import { readPrefs } from './storage/prefs';

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

/**
 * The build pre-rendered the start page in Dutch for a first visit (src/app/prerender.tsx). On the
 * start page in Dutch React takes that HTML over (hydration); anywhere else it draws afresh, and the
 * static copy shown meanwhile goes when the page is drawn (App's PageShown).
 */
function boot() {
  const container = document.getElementById('root')!;
  const path = currentPath();
  dropPrerendered(language === 'nl' ? path : undefined);
  if (language === 'nl' && path === '/' && container.firstElementChild) {
    // The page and its namespaces first: hydration must not suspend (App's preloadPage).
    // In a transition React hydrates in slices of a few milliseconds and yields between them, so
    // no long task blocks a tap on the pre-rendered page (the pattern of React Router's entry).
    void preloadPage('/').then(() =>
      startTransition(() => {
        hydrateRoot(container, app, {
          onRecoverableError: (error) => console.error('zorgroute hydration:', error),
        });
      }),
    );
    return;
  }
  // A transition here too: the first render is cut into slices instead of one long task.
  const render = () => startTransition(() => createRoot(container).render(app));
  if (language === 'nl') {
    render();
    return;
  }
  // No Dutch flash for an English user: blank until English is loaded, as before pre-rendering.
  container.replaceChildren();
  void setLanguage(language).finally(render);
}

// The entry is an async module (vite.config.ts, pre-render): it may run before the page is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot, { once: true });
else boot();
