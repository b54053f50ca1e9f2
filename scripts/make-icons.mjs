#!/usr/bin/env node
/**
 * One-off: draws the app icon as SVG and renders the PNG sizes the web app manifest and iOS want,
 * with Debian's Chromium through playwright-core (no network, no image library). The output in
 * public/ is committed; run this again only when the icon changes: `node scripts/make-icons.mjs`.
 *
 * The icon: a route (three stops joined by a path) in white on the theme blue. The maskable
 * variant fills the whole square and keeps the drawing inside the 80% safe zone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public');
export const THEME = '#154273';

/** The drawing on a 512 grid; `scale` shrinks it around the centre (maskable safe zone). */
function route(scale = 1) {
  const t = `translate(256 256) scale(${scale}) translate(-256 -256)`;
  return `<g transform="${t}" fill="none" stroke="#fff" stroke-linecap="round" stroke-linejoin="round">
    <path d="M150 380 C150 300 362 320 362 240 C362 170 180 190 180 132" stroke-width="34"/>
    <circle cx="150" cy="380" r="40" fill="${THEME}" stroke-width="30"/>
    <circle cx="180" cy="132" r="40" fill="#fff" stroke-width="30"/>
    <circle cx="362" cy="240" r="22" fill="#fff" stroke="none"/>
  </g>`;
}

const svg = (rounded, scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">` +
  `<rect width="512" height="512" ${rounded ? 'rx="96"' : ''} fill="${THEME}"/>${route(scale)}</svg>\n`;

mkdirSync(out, { recursive: true });
const icon = svg(true, 1);
const maskable = svg(false, 0.72);
writeFileSync(join(out, 'favicon.svg'), icon);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const render = async (source, size, file, transparent) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${source.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    await page.screenshot({ path: join(out, file), omitBackground: transparent, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`public/${file}`);
  };
  await render(icon, 192, 'pwa-192x192.png', true);
  await render(icon, 512, 'pwa-512x512.png', true);
  await render(maskable, 512, 'maskable-512x512.png', false);
  // iOS draws its own rounded corners and dislikes transparency.
  await render(svg(false, 1), 180, 'apple-touch-icon-180x180.png', false);
} finally {
  await browser.close();
}
console.log('public/favicon.svg');
