import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/theme.css';
// Only the NL Design System components the app uses (not the whole library: first-page budget).
import './styles/nlds.css';
import './styles/app.css';
import { App } from './app/App';
import { initI18n, setLanguage } from './app/i18n';
import { readPrefs } from './storage/prefs';

// The language is known before the first paint (localStorage, not IndexedDB). Dutch is bundled;
// English is fetched as its own chunk first, so an English user never sees a Dutch flash.
const { language } = readPrefs();
initI18n('nl');
document.documentElement.lang = 'nl';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

if (language === 'nl') render();
else setLanguage(language).finally(render);
