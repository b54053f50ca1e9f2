import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { classSources, inlinePrunedImports, isUsed, packageFile, pruneSelectors, usedClasses } from './prune-selectors';

const root = join(import.meta.dirname, '..');

describe('usedClasses', () => {
  it('reads whole names and the fixed parts of names built at run time', () => {
    const used = usedClasses([
      'className="utrecht-button utrecht-button--primary-action"',
      'className={`utrecht-form-field--${type} ${input}--html-input`}',
    ]);
    expect(isUsed('utrecht-button', used)).toBe(true);
    expect(isUsed('utrecht-button--primary-action', used)).toBe(true);
    expect(isUsed('utrecht-form-field--checkbox', used)).toBe(true);
    expect(isUsed('utrecht-radio-button--html-input', used)).toBe(true);
    expect(isUsed('utrecht-button--danger', used)).toBe(false);
  });
});

describe('pruneSelectors', () => {
  const used = usedClasses(['utrecht-button utrecht-link']);
  it('drops selectors naming a class we never render, keeps the others of the same rule', () => {
    const { root: out, droppedSelectors } = pruneSelectors(
      '.utrecht-button:hover, .utrecht-button--hover { color: red } .utrecht-button--danger { color: blue } a.x, .y { top: 0 }',
      used,
    );
    expect(out.toString()).toBe('.utrecht-button:hover { color: red } a.x, .y { top: 0 }');
    expect(droppedSelectors).toBe(2);
  });

  it('keeps a selector whose unused class stands inside :is(), :where() or :not()', () => {
    const css = '.utrecht-button:is(.utrecht-button--focus-visible, :focus-visible) { color: red } .utrecht-link:not(.utrecht-link--x) { top: 0 }';
    expect(pruneSelectors(css, used).droppedSelectors).toBe(0);
  });

  it('removes at-rules left empty and leaves keyframes alone', () => {
    const { root: out } = pruneSelectors(
      '@media (min-width: 1px) { .utrecht-button--danger { color: red } } @keyframes spin { from { top: 0 } to { top: 1px } }',
      used,
    );
    expect(out.toString()).not.toContain('@media');
    expect(out.toString()).toContain('from { top: 0 }');
  });
});

describe('the real stylesheets', () => {
  const used = usedClasses(classSources(root));
  const nlds = readFileSync(join(root, 'src/styles/nlds.css'), 'utf8');
  const { css, droppedSelectors } = inlinePrunedImports(nlds, packageFile(root), used);

  it('inlines every import, drops selectors and leaves no @import or @charset', () => {
    const atRules: string[] = [];
    postcss.parse(css).walkAtRules((at) => void atRules.push(at.name));
    expect(atRules.filter((name) => name === 'import' || name === 'charset')).toEqual([]);
    expect(droppedSelectors).toBeGreaterThan(100);
  });

  it('keeps every selector whose utrecht classes a source names (the button, radio and textbox we render)', () => {
    const kept = new Set<string>();
    postcss.parse(css).walkRules((rule) => rule.selectors.forEach((s) => kept.add(s.replace(/\s+/g, ' '))));
    for (const selector of [
      '.utrecht-button',
      '.utrecht-button--primary-action',
      '.utrecht-button:focus-visible',
      '.utrecht-radio-button--html-input',
      '.utrecht-textbox--html-input',
      '.utrecht-table__cell',
      '.utrecht-link',
    ]) {
      const found = [...kept].some((s) => s === selector || s.startsWith(`${selector}:`) || s.startsWith(`${selector} `) || s.startsWith(`${selector}.`));
      expect(found, selector).toBe(true);
    }
    // What no source can produce is gone.
    expect(css).not.toContain('.utrecht-button--danger');
    expect(css).not.toContain('.utrecht-button--warning');
  });
});
