import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { pruneCustomProperties, referencedProperties, themeReaders } from './prune-tokens';

const root = join(import.meta.dirname, '..');
const declaredIn = (css: string) => {
  const names = new Set<string>();
  postcss.parse(css).walkDecls((d) => void (d.prop.startsWith('--') && names.add(d.prop)));
  return names;
};

describe('pruneCustomProperties', () => {
  it('keeps what is read elsewhere, what kept properties read, and what the file itself reads', () => {
    const css = `.t { --a: red; --b: var(--c, blue); --c: 1px; --d: var(--e); --e: 2px; --unused: 3px }
      .x { border-width: var(--f) } .t2 { --f: var(--g) } .t3 { --g: 4px }`;
    const out = pruneCustomProperties(css, new Set(['--b']));
    expect([...declaredIn(out.css)].sort()).toEqual(['--b', '--c', '--f', '--g']);
    expect(out).toMatchObject({ kept: 4, dropped: 4 });
  });

  it('drops rules left empty and keeps other rules as they were', () => {
    const out = pruneCustomProperties('.t { --x: 1 } .y { color: red }', new Set());
    expect(out.css.trim()).toBe('.y { color: red }');
  });

  it('finds var() references in CSS and in code', () => {
    expect([...referencedProperties(['a { color: var(--p, var( --q)) }', "style={{ width: 'var(--r)' }}"])].sort()).toEqual([
      '--p',
      '--q',
      '--r',
    ]);
  });

  it('keeps every theme property the app or its NL Design System components name (the real theme)', () => {
    const theme = readFileSync(join(root, 'node_modules/@utrecht/design-tokens/dist/theme.css'), 'utf8');
    const read = referencedProperties(themeReaders(root));
    const out = pruneCustomProperties(theme, read);
    const kept = declaredIn(out.css);
    for (const name of declaredIn(theme)) if (read.has(name)) expect(kept, name).toContain(name);
    // The component stylesheets are among the readers: without them almost nothing would stay.
    expect(kept.has('--utrecht-button-primary-action-background-color')).toBe(true);
    expect(out.dropped).toBeGreaterThan(500);
  });
});
