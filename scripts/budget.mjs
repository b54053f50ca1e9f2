#!/usr/bin/env node
/**
 * The size budget of the first page (issue 7). Run after `vite build` (npm test does).
 *
 * The app's initial JavaScript is what a browser fetches before the first page can run: the
 * scripts in dist/index.html, every <link rel=modulepreload> there, and every chunk those import
 * STATICALLY (Vite's manifest: `imports`, not `dynamicImports`). Each is gzipped (level 9) and
 * summed. The floor is an empty app that uses only the runtime libraries the guide cannot do
 * without (scripts/budget-floor/), built now by the same Vite, React plugin, target and minifier,
 * and measured the same way. The ratio app / floor must stay at or below budget.json's `ratio`:
 * comparing with a floor rather than a byte count keeps the budget about our code, not about the
 * version of React that happens to be installed.
 *
 * It also fails when anything that must load on demand (dexie, zod, xstate, elkjs, the report,
 * training, drafts, the English resources) turns up in the initial chunks.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--dist <dir>` measures another build (the default is the app's dist/).
const distArg = process.argv.indexOf('--dist');
const appDist = distArg > 0 ? resolve(process.argv[distArg + 1]) : join(root, 'dist');
const budget = JSON.parse(readFileSync(join(root, 'budget.json'), 'utf8'));

/** Libraries and features that must never be in the first load, with how to recognise them. */
const ON_DEMAND = [
  { name: 'dexie', source: /node_modules\/dexie\//, chunk: /^_?dexie/i, content: /DatabaseClosedError|MissingAPIError/ },
  { name: 'zod', source: /node_modules\/zod\//, chunk: /^_?zod/i, content: /\$ZodType|ZodError/ },
  // The statechart (issue 16): the start page needs no actor; pages that drive a concern load it.
  { name: 'xstate', source: /node_modules\/xstate\//, chunk: /^_?(xstate|concern\.machine|actor)/i, content: /xstate\.init/ },
  { name: 'elkjs', source: /node_modules\/elkjs\//, chunk: /^_?elk/i, content: /org\.eclipse\.elk/ },
  { name: 'report', source: /^src\/report\// },
  { name: 'training', source: /^src\/training\// },
  { name: 'drafts', source: /^src\/drafts\// },
  { name: 'English resources', source: /content\/locales\/en\// },
];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The initial JS of a built app: entry scripts + modulepreloads + their static imports. */
function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} missing: build.manifest must be true`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, ...chunk }]));

  const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const urls = [];
  const inline = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[1], 'src');
    if (src) urls.push(src);
    else if (m[2].trim() && !/type\s*=\s*["'](application\/(ld\+)?json|importmap)["']/i.test(m[1])) inline.push(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']modulepreload["']/i.test(m[0])) urls.push(attr(m[0], 'href'));
  }

  const files = new Map(); // file → manifest chunk (or null when the manifest does not know it)
  const visit = (file) => {
    if (files.has(file)) return;
    const chunk = byFile.get(file) ?? null;
    files.set(file, chunk);
    for (const key of chunk?.imports ?? []) visit(manifest[key].file);
  };
  for (const url of urls) visit(url.replace(/^(\.\/|\/)/, '').replace(/[?#].*$/, ''));

  const chunks = [...files].map(([file, chunk]) => {
    const buf = readFileSync(join(dist, file));
    return { file, chunk, raw: buf.length, gzip: gz(buf), text: buf.toString('utf8') };
  });
  inline.forEach((code, i) => chunks.push({ file: `(inline script ${i + 1} in index.html)`, chunk: null, raw: Buffer.byteLength(code), gzip: gz(Buffer.from(code)), text: code }));
  return { chunks, total: chunks.reduce((n, c) => n + c.gzip, 0), manifest };
}

/** Sources (module paths) Vite's manifest ties to a chunk: its own src and the CSS/asset-free keys. */
function sourcesOf(chunk) {
  if (!chunk) return [];
  return [chunk.src, chunk.key].filter(Boolean);
}

async function buildFloor() {
  const { build, resolveConfig } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  // The same target and minifier as the app, read from its own config.
  const app = await resolveConfig({ root, logLevel: 'silent' }, 'build', 'production', 'production');
  const outDir = mkdtempSync(join(tmpdir(), 'zorgroute-floor-'));
  await build({
    root: join(root, 'scripts', 'budget-floor'),
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      target: app.build.target,
      minify: app.build.minify,
      modulePreload: app.build.modulePreload,
      sourcemap: false,
    },
  });
  return outDir;
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} kB`.padStart(9);
}

if (!existsSync(join(appDist, 'index.html'))) {
  console.error('budget: dist/index.html missing; run `vite build` first.');
  process.exit(1);
}

const app = initialJs(appDist);
const floorDir = await buildFloor();
let floor;
try {
  floor = initialJs(floorDir);
} finally {
  rmSync(floorDir, { recursive: true, force: true });
}

console.log('Initial JavaScript of the app (entry scripts, modulepreloads and their static imports):');
console.log(`  ${'gzip'.padStart(9)} ${'raw'.padStart(9)}  chunk`);
for (const c of [...app.chunks].sort((a, b) => b.gzip - a.gzip)) {
  const what = c.chunk?.src ? `  (${c.chunk.src})` : c.chunk?.name ? `  (${c.chunk.name})` : '';
  console.log(`  ${kb(c.gzip)} ${kb(c.raw)}  ${c.file}${what}`);
}
console.log('Floor (react, react-dom, xstate, @xstate/react, i18next, react-i18next, nothing else):');
for (const c of floor.chunks) console.log(`  ${kb(c.gzip)} ${kb(c.raw)}  ${c.file}`);

const ratio = app.total / floor.total;
console.log('');
console.log(`app bytes (gzip):   ${app.total}`);
console.log(`floor bytes (gzip): ${floor.total}`);
console.log(`ratio:              ${ratio.toFixed(3)}`);
console.log(`budget:             ${budget.ratio}${budget.goal && budget.goal !== budget.ratio ? ` (goal ${budget.goal})` : ''}`);

const found = [];
for (const rule of ON_DEMAND) {
  const hits = app.chunks.filter(
    (c) =>
      sourcesOf(c.chunk).some((s) => rule.source.test(s)) ||
      (rule.chunk && c.chunk?.name && rule.chunk.test(c.chunk.name)) ||
      (rule.content && rule.content.test(c.text)),
  );
  if (hits.length) found.push(`${rule.name} in ${hits.map((c) => c.file).join(', ')}`);
}
console.log(`on demand only (${ON_DEMAND.map((r) => r.name).join(', ')}): ${found.length ? `FOUND ${found.join('; ')}` : 'none in the initial chunks'}`);

const over = ratio > budget.ratio;
if (over) console.error(`budget: FAIL, ratio ${ratio.toFixed(3)} is above the budget ${budget.ratio}`);
if (found.length) console.error('budget: FAIL, on-demand code is in the first load');
if (!over && !found.length) console.log('budget: ok');
process.exit(over || found.length ? 1 : 0);
