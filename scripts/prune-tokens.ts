/**
 * Build-time pruning of the NL Design System theme (issue 16). `@utrecht/design-tokens`' theme.css
 * declares about 1,400 custom properties on `.utrecht-theme` (88 kB); the components the app uses
 * read a fraction of them. Every declared property is parsed before the first paint and carried in
 * the computed style of every element below the theme, so the unread ones cost render-blocking CSS
 * parsing and style recalculation on each page. Done on the source file (a Vite transform), before
 * the asset's hash is computed, so the file name still changes whenever its content does.
 *
 * Only declarations nobody can read are removed: a property stays if any app or component source
 * names it in `var(--name…)` anywhere (a superset: a mention in a comment keeps it too), or if a
 * property that stays reads it. Nothing is renamed or rewritten.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Declaration } from 'postcss';

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;

/** Every custom property named in a `var(--name…)` in the texts. */
export function referencedProperties(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(VAR_REFERENCE)) names.add(m[1]);
  return names;
}

export interface PruneResult {
  css: string;
  kept: number;
  dropped: number;
}

/**
 * Removes the custom-property declarations of `css` that neither `readElsewhere` nor any other
 * rule of `css` (directly or through kept properties) reads. Rules left empty go too.
 */
export function pruneCustomProperties(css: string, readElsewhere: ReadonlySet<string>): PruneResult {
  const root = postcss.parse(css);
  const declared = new Map<string, Declaration[]>();
  const pending: string[] = [...readElsewhere];
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) declared.set(decl.prop, [...(declared.get(decl.prop) ?? []), decl]);
    else for (const m of decl.value.matchAll(VAR_REFERENCE)) pending.push(m[1]);
  });
  const needed = new Set<string>();
  while (pending.length) {
    const name = pending.pop()!;
    if (needed.has(name)) continue;
    needed.add(name);
    for (const decl of declared.get(name) ?? []) for (const m of decl.value.matchAll(VAR_REFERENCE)) pending.push(m[1]);
  }
  let kept = 0;
  let dropped = 0;
  for (const [name, decls] of declared) {
    if (needed.has(name)) kept += decls.length;
    else {
      dropped += decls.length;
      for (const decl of decls) decl.remove();
    }
  }
  root.walkRules((rule) => {
    if (!rule.nodes?.some((node) => node.type !== 'comment')) rule.remove();
  });
  return { css: root.toString(), kept, dropped };
}

/** Every file below `dir` (node_modules left out) whose name passes `test`. */
export function* filesBelow(dir: string, test: (name: string) => boolean): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* filesBelow(path, test);
    } else if (test(entry.name)) yield path;
  }
}

/**
 * The texts that may read a theme property: the app's own sources (CSS, TS, TSX: inline styles
 * too) and every package stylesheet those CSS files `@import` (the NL Design System components).
 */
export function themeReaders(root: string): string[] {
  const own = ['src', 'stories'].flatMap((dir) => [...filesBelow(join(root, dir), (n) => /\.(css|tsx?)$/.test(n))]);
  const texts = own.map((file) => readFileSync(file, 'utf8'));
  const imported = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/@import\s+['"]([^'"]+)['"]/g))
      if (!m[1].startsWith('.')) imported.add(join(root, 'node_modules', m[1]));
  return [...texts, ...[...imported].map((file) => readFileSync(file, 'utf8'))];
}
