/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pruneCustomProperties, referencedProperties, themeReaders } from './scripts/prune-tokens.ts';
import { classSources, inlinePrunedImports, packageFile, usedClasses } from './scripts/prune-selectors.ts';

/**
 * The Content-Security-Policy of the built app (docs/privacy.md, docs/nginx.conf send the same as a
 * header, plus frame-ancestors, which a meta tag cannot carry). Injected at build time only: Vite's
 * dev server relies on an inline React-refresh script and JS-inserted <style> tags, which this
 * policy forbids. The e2e tests run against the build, so the policy is what they exercise.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * The response headers of docs/nginx.conf (server level, without Cache-Control), sent by `vite
 * preview` too (issue 13): the README's run command and every e2e test then get the real policy,
 * including what a <meta> cannot say (frame-ancestors, Permissions-Policy, nosniff). HSTS is
 * ignored by browsers over plain http (RFC 6797 §8.1), so sending it on localhost is harmless.
 * src/drafts/headers.test.ts keeps this list and nginx.conf the same.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), ' +
    'gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), ' +
    'publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-write=(self), browsing-topics=()',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

const contentSecurityPolicy = (): Plugin => ({
  name: 'zorgroute-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * Pre-rendered first screens (issue 16): the start page inside #root (hydrated by src/main.tsx) and
 * static copies of the other measured routes' first screens beside it, shown by CSS when their hash
 * is the URL's :target (src/styles/prerender.css). Rendered in Node by React's `prerender` through a
 * throwaway Vite SSR server, so the HTML is what the app itself renders. Only for the app's
 * index.html (Storybook builds with this config too).
 */
const prerender = (): Plugin => ({
  name: 'zorgroute-prerender',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    async handler(html, ctx) {
      if (ctx.path !== '/index.html' || !html.includes('<div id="root"></div>')) return html;
      const { createServer } = await import('vite');
      const server = await createServer({
        configFile: false,
        plugins: [react()],
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const [{ prerenderPages }, { ROUTES }, { PRERENDERED_PATHS, copyId }] = await Promise.all([
          server.ssrLoadModule('/src/app/prerender.tsx'),
          server.ssrLoadModule('/src/app/routes.ts'),
          server.ssrLoadModule('/src/app/prerendered.ts'),
        ]);
        const pages: Record<string, string> = await prerenderPages();
        const anchors = (ROUTES as { path: string }[])
          .filter((r) => r.path !== '/')
          .map((r) => `<span class="zr-pre-anchor" id="${r.path}"></span>`)
          .join('');
        const copies = (PRERENDERED_PATHS as readonly string[])
          .filter((p) => p !== '/')
          .map((p) => `<div class="zr-pre" id="${copyId(p)}">${pages[p]}</div>`)
          .join('');
        for (const [path, page] of Object.entries(pages))
          // The CSP allows no inline script: React must not have written one (src/app/prerender.tsx).
          if (/<script\b/i.test(page)) throw new Error(`zorgroute-prerender: ${path} holds an inline script`);
        return (
          html
            .replace('<div id="root"></div>', `${anchors}<div id="root">${pages['/']}</div>${copies}`)
            // async: the entry no longer holds back DOMContentLoaded, which is when Chromium sets the
            // hash's :target, so a route's static copy shows before the script has loaded.
            .replace(/<script type="module"(?![^>]*\basync\b)/, '<script type="module" async')
        );
      } finally {
        await server.close();
      }
    },
  },
});

/**
 * The NL Design System theme without the custom properties nothing reads (issue 16,
 * scripts/prune-tokens.ts): 1,240 declarations → 454, 88 kB → 34 kB of render-blocking CSS. On the
 * source file, before hashing; the dev server keeps the whole theme.
 */
const pruneTheme = (): Plugin => ({
  name: 'zorgroute-prune-theme',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('/@utrecht/design-tokens/dist/theme.css')) return null;
    const { css } = pruneCustomProperties(code, referencedProperties(themeReaders(import.meta.dirname)));
    return { code: css, map: null };
  },
});

/**
 * The NL Design System component stylesheets without the selectors for classes none of our
 * elements can have (issue 16, scripts/prune-selectors.ts): documentation-only state classes and
 * appearances we never render. src/styles/nlds.css only imports those stylesheets; this inlines each
 * one pruned, before Vite bundles the CSS. The dev server keeps them whole.
 */
const pruneComponents = (): Plugin => ({
  name: 'zorgroute-prune-components',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/styles/nlds.css')) return null;
    const root = import.meta.dirname;
    const { css } = inlinePrunedImports(code, packageFile(root), usedClasses(classSources(root)));
    return { code: css, map: null };
  },
});

/**
 * Offline (issue 7): a service worker precaches the whole built app (shell, every lazy chunk,
 * content, icons) so it runs with no network at all; nothing of another origin is ever cached or
 * fetched. `prompt`: a new version waits until the user says "bijwerken" (src/app/pwa/), never a
 * silent reload in the middle of a concern. Registration is done by that lazily loaded prompt,
 * so nothing is injected into index.html and the first page carries no service-worker code.
 */
export const THEME_COLOR = '#154273';

/** Modules of the first load that lazy chunks import too (see build.rolldownOptions). */
const FIRST_LOAD_SHARED =
  /rolldown[\\/]runtime|vite[\\/]preload-helper|node_modules[\\/](react[\\/](jsx-runtime|cjs[\\/]react-jsx-runtime)|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]|machines[\\/]ids\.ts$|src[\\/]ui[\\/]announce\.ts$/;
const pwa = () => [
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // public/ (icons) is already matched by globPatterns; listing it again would precache it twice.
    includeManifestIcons: false,
    manifest: {
      name: 'Zorgroute',
      short_name: 'Zorgroute',
      description: 'Van een zorg over een leerling naar een route, volgens de meldcode.',
      lang: 'nl',
      dir: 'ltr',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: '#ffffff',
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,svg,png,woff2,webmanifest}'],
      globIgnores: ['.vite/**'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The statechart diagram's layout engine (elkjs, training) is large but must work offline too.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      runtimeCaching: [],
    },
  }),
  {
    // The icon and theme colour in the page itself (a missing favicon is a console error).
    name: 'zorgroute-pwa-head',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon-180x180.png' }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOR }, injectTo: 'head' },
    ],
  } satisfies Plugin,
  {
    // The web app manifest is for installing, not for the first paint: vite-plugin-pwa links it in the
    // head, where the browser fetched it before the first paint, and Lighthouse's simulation counts every
    // request that ends before the LCP as one the LCP waited for. The page links it once it has settled,
    // with the service worker (src/app/pwa/registration.ts, linkManifest).
    // `zorgroute-pwa-…`: Storybook leaves out the app's PWA plugins by that prefix (.storybook/main.ts).
    name: 'zorgroute-pwa-manifest-later',
    // Builds only (the dev server has no manifest); after vite-plugin-pwa's own `post` hook, which adds the link.
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const link = /<link rel="manifest" href="[^"]*manifest\.webmanifest"[^>]*>/;
        if (!link.test(html)) throw new Error('zorgroute-pwa-manifest-later: vite-plugin-pwa no longer links the manifest as expected');
        return html.replace(link, '');
      },
    },
  } satisfies Plugin,
];

export default defineConfig({
  plugins: [react(), pruneTheme(), pruneComponents(), contentSecurityPolicy(), prerender(), ...pwa()],
  // manifest: scripts/budget.mjs reads static vs dynamic imports from dist/.vite/manifest.json.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The first load's modules that lazy chunks share too (the bundler's runtime, React's JSX
          // runtime, i18next, the preload helper, the machine ids, the announcer) in one chunk beside the
          // entry, not six: each was a request of its own before the first page could hydrate.
          groups: [{ name: 'shell', test: FIRST_LOAD_SHARED }],
        },
      },
    },
  },
  preview: { headers: SECURITY_HEADERS },
  test: {
    include: ['{machines,content,src,tests,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // PBKDF2 at 600,000 iterations runs twice in some tests: give a loaded CI machine room.
    testTimeout: 30_000,
  },
});
