import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app imports the CSS of each NL Design System component it uses (src/styles/nlds.css) instead
 * of the whole library (issue 7). This keeps that list complete: every `utrecht-<component>` class
 * in the app's markup must have its component's CSS imported, or the component would be unstyled.
 */

const root = new URL('..', import.meta.url).pathname;
const imported = new Set(
  [...readFileSync(join(root, 'src/styles/nlds.css'), 'utf8').matchAll(/@import '@utrecht\/([a-z0-9-]+)-css\/dist\/index\.css'/g)].map(
    (m) => m[1]!,
  ),
);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Block names (`utrecht-button--primary-action` → `button`), not CSS custom properties. */
function blocksIn(text: string): string[] {
  return [...text.matchAll(/(?<![-\w])utrecht-([a-z0-9]+(?:-[a-z0-9]+)*)/g)]
    .map((m) => m[1]!);
}

// Classes that are not components: the theme scope of the design tokens.
const NOT_COMPONENTS = new Set(['theme']);

describe('NL Design System CSS', () => {
  it('imports the CSS of every utrecht component the app uses', () => {
    const used = new Map<string, string>();
    for (const file of [...files(join(root, 'src')), join(root, 'index.html')]) {
      // Custom properties are tokens, not components; `utrecht-heading-${level}` is covered by heading-1…4.
      const text = readFileSync(file, 'utf8')
        .replace(/--utrecht-[a-z0-9-]+/g, '')
        .replace(/utrecht-[a-z0-9-]*-\$\{/g, '');
      for (const block of blocksIn(text)) {
        const component = block.split('__')[0]!.split('--')[0]!;
        if (!NOT_COMPONENTS.has(component) && !used.has(component)) used.set(component, file.slice(root.length));
      }
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter(([c]) => !imported.has(c)).map(([c, file]) => `${c} (used in ${file})`);
    expect(missing, 'add these to src/styles/nlds.css').toEqual([]);
  });

  it('imports only packages that are installed dependencies', () => {
    const deps = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies as Record<string, string>;
    expect([...imported].filter((c) => !deps[`@utrecht/${c}-css`])).toEqual([]);
  });
});
