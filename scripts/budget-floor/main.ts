/**
 * The budget's floor: an empty app that uses each runtime library the first page cannot do
 * without (react, react-dom, xstate, @xstate/react, i18next, react-i18next) just enough that the
 * bundler keeps them. scripts/budget.mjs builds it with the same Vite, plugin and target as the
 * app and compares the app's initial JavaScript with it: the excess is what the app itself costs.
 * Plain .ts without JSX on purpose, so nothing but the libraries is in the bundle.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createMachine } from 'xstate';
import { useMachine } from '@xstate/react';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

const machine = createMachine({
  id: 'floor',
  initial: 'idle',
  states: { idle: { on: { GO: 'done' } }, done: {} },
});

void i18next.use(initReactI18next).init({
  resources: { nl: { common: { hello: 'Hallo' } } },
  lng: 'nl',
  defaultNS: 'common',
  initAsync: false,
});

function Floor() {
  const [snapshot, send] = useMachine(machine);
  const { t } = useTranslation();
  return createElement('button', { type: 'button', onClick: () => send({ type: 'GO' }) }, `${t('hello')} ${String(snapshot.value)}`);
}

createRoot(document.getElementById('root')!).render(createElement(Floor));
