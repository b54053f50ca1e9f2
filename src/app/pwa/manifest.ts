/** The manifest's address in a build (vite-plugin-pwa writes it beside index.html). */
export const MANIFEST_HREF = `${import.meta.env.BASE_URL}manifest.webmanifest`;

/**
 * Links the web app manifest, once. The build leaves it out of index.html (vite.config.ts,
 * zorgroute-pwa-manifest-later): it is needed to install the app, not to draw the first page, so it is
 * fetched when the page has settled, not before the first paint. Browsers pick up a manifest link
 * added later (installability is checked again when it appears).
 */
export function linkManifest(doc: Document = document): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_HREF;
  doc.head.append(link);
}
