/**
 * Build-time pruning of the NL Design System component CSS (issue 16). Each Utrecht component
 * stylesheet styles every variant and every state twice: by pseudo-class (`:hover`) and by a class
 * for its documentation (`.utrecht-button--hover`), plus appearances we never render (warning,
 * danger, ready buttons). About a third of the first stylesheet styled classes no element of ours
 * ever has; all of it is parsed before the first paint and matched in every style recalculation.
 *
 * A selector goes only if it names a `utrecht-…` class that no source can produce. What a source
 * can produce is read generously: every whole class name in `src/` and `stories/` (code and CSS), and
 * for a name built at run time the fixed part around the `${…}` (`utrecht-form-field--${type}` keeps
 * every `utrecht-form-field--…`, `${input}--html-input` every `…--html-input`). A rule keeps the
 * selectors that stay; a rule with none left goes, and so does an at-rule left empty. Nothing is
 * rewritten, and selectors without a `utrecht-` class are never touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule, type Root } from 'postcss';
import { filesBelow } from './prune-tokens.ts';

export interface UsedClasses {
  /** Whole class names. */
  names: Set<string>;
  /** The fixed start of names built at run time (`utrecht-form-field--`). */
  prefixes: string[];
  /** The fixed end of names built at run time (`--html-input`). */
  suffixes: string[];
}

const WHOLE = /utrecht-[a-z0-9_-]*[a-z0-9]/g;
// `utrecht-form-field--${type}`: the text before the interpolation.
const PREFIX = /(utrecht-[a-z0-9_-]*)\$\{/g;
// `${input}--html-input`: the text after an interpolation, when it continues a class name.
const SUFFIX = /\}((?:--|__)[a-z0-9_-]*[a-z0-9])/g;

export function usedClasses(texts: Iterable<string>): UsedClasses {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(WHOLE)) names.add(m[0]);
    for (const m of text.matchAll(PREFIX)) prefixes.add(m[1]);
    for (const m of text.matchAll(SUFFIX)) suffixes.add(m[1]);
  }
  return { names, prefixes: [...prefixes], suffixes: [...suffixes] };
}

export const isUsed = (name: string, used: UsedClasses) =>
  used.names.has(name) || used.prefixes.some((p) => name.startsWith(p)) || used.suffixes.some((s) => name.endsWith(s));

const CLASS_IN_SELECTOR = /\.(utrecht-[a-zA-Z0-9_-]+)/g;

/** The selector without what stands inside parentheses (`:is(…)`, `:not(…)`, `:where(…)`, `:has(…)`). */
function outsideParentheses(selector: string) {
  let depth = 0;
  let out = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (depth === 0) out += ch;
    if (ch === ')') depth--;
  }
  return out;
}

/**
 * Whether every `utrecht-` class the selector names can be on one of our elements. Classes inside a
 * functional pseudo-class do not count: `:is(.utrecht-button--focus-visible, .utrecht-button:focus-visible)`
 * still matches through its other half, and a `:not(…)` of a class we never render matches all the more.
 */
export const selectorUsed = (selector: string, used: UsedClasses) =>
  [...outsideParentheses(selector).matchAll(CLASS_IN_SELECTOR)].every((m) => isUsed(m[1], used));

export interface SelectorPruneResult {
  root: Root;
  keptSelectors: number;
  droppedSelectors: number;
}

export function pruneSelectors(css: string, used: UsedClasses): SelectorPruneResult {
  const root = postcss.parse(css);
  let keptSelectors = 0;
  let droppedSelectors = 0;
  root.walkRules((rule) => {
    // Keyframe steps (`from`, `50%`) are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((s) => selectorUsed(s, used));
    droppedSelectors += rule.selectors.length - kept.length;
    keptSelectors += kept.length;
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // @media/@supports blocks whose rules all went.
  let emptied = true;
  while (emptied) {
    emptied = false;
    root.walkAtRules((at) => {
      if (at.nodes && !at.nodes.some((n) => n.type !== 'comment')) {
        at.remove();
        emptied = true;
      }
    });
  }
  return { root, keptSelectors, droppedSelectors };
}

/**
 * A stylesheet that only `@import`s package stylesheets (src/styles/nlds.css), with each import
 * replaced by that file pruned. Their `@charset` rules go (the page is UTF-8; only the first of a
 * file would count anyway). Relative imports inside a package file are not followed: none of the
 * component packages has one, and the build fails if that changes.
 */
export function inlinePrunedImports(code: string, resolvePackageFile: (spec: string) => string, used: UsedClasses) {
  const root = postcss.parse(code);
  let keptSelectors = 0;
  let droppedSelectors = 0;
  root.walkAtRules('import', (at) => {
    const spec = at.params.replace(/^['"]|['"]$/g, '');
    const file = resolvePackageFile(spec);
    const imported = postcss.parse(readFileSync(file, 'utf8'));
    imported.walkAtRules('charset', (c) => void c.remove());
    imported.walkAtRules('import', () => {
      throw new Error(`prune-selectors: ${spec} imports another stylesheet; follow it before pruning`);
    });
    const pruned = pruneSelectors(imported.toString(), used);
    keptSelectors += pruned.keptSelectors;
    droppedSelectors += pruned.droppedSelectors;
    at.replaceWith(pruned.root.nodes);
  });
  return { css: root.toString(), keptSelectors, droppedSelectors };
}

/** The app's own sources, where every class one of our elements can have is written. */
export function classSources(root: string): string[] {
  return ['src', 'stories', 'content']
    .flatMap((dir) => [...filesBelow(join(root, dir), (n) => /\.(css|tsx?|json|html)$/.test(n))])
    .concat(join(root, 'index.html'))
    .map((file) => readFileSync(file, 'utf8'));
}

/** `@utrecht/button-css/dist/index.css` → its file in node_modules. */
export const packageFile = (root: string) => (spec: string) => join(root, 'node_modules', spec);
