import type { Decorator, Preview } from '@storybook/react-vite';
import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import '../src/styles/app.css';
import { initI18n, loadNamespace, setLanguage } from '../src/app/i18n';
import { ConcernSessionProvider } from '../src/concern/session';
import type { Language } from '../src/storage/prefs';

initI18n('nl');
// Stories look like the app: the NL Design System theme and our body styles on the document.
document.documentElement.classList.add('utrecht-theme');
document.body.classList.add('utrecht-body', 'zr-body');

/** Every story runs inside a concern session (the guide, record and drafts read it). */
const withSession: Decorator = (Story) => (
  <ConcernSessionProvider>
    <Story />
  </ConcernSessionProvider>
);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Taal / language',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  // Before each story: load the namespaces the screens use in the chosen language, then switch.
  loaders: [
    async ({ globals }) => {
      const lng: Language = globals.locale === 'en' ? 'en' : 'nl';
      await Promise.all(['common', 'guide', 'dimensions', 'onderling'].map((ns) => loadNamespace(ns, lng)));
      await setLanguage(lng);
      return {};
    },
  ],
  decorators: [withSession],
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
  },
};

export default preview;
