import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

/**
 * Storybook: the screen catalogue (stories/). It reuses the app's Vite config, minus the plugins
 * that only make sense for the deployed app: the CSP meta tag (it forbids Storybook's own inline
 * scripts) and the PWA service worker/manifest.
 */
const APP_ONLY = /^(zorgroute-csp|zorgroute-pwa|vite-plugin-pwa)/;

function withoutAppOnly(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? [])
    .flat(Infinity as 1)
    .filter((p) => !(p && typeof p === 'object' && 'name' in p && APP_ONLY.test(String(p.name)))) as PluginOption[];
}

/**
 * The catalogue shows screens, it does not install the app: the PWA registration module resolves
 * to one that registers nothing (no service worker over Storybook's own files).
 */
const noServiceWorker = (): PluginOption => ({
  name: 'storybook-no-service-worker',
  resolveId: (id) => (id === 'virtual:pwa-register' ? '\0storybook-pwa-register' : undefined),
  load: (id) =>
    id === '\0storybook-pwa-register' ? 'export function registerSW() { return () => Promise.resolve(); }' : undefined,
});

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({ ...viteConfig, plugins: [...withoutAppOnly(viteConfig.plugins), noServiceWorker()] }),
};

export default config;
