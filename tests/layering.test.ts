import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Which layer may import which (docs/architecture.md). Every import of every file in machines/,
 * content/ and src/ — static, dynamic `import()` and `export … from`, found by TypeScript's own
 * `preProcessFile` — is checked; packages are not layers and are not checked here.
 *
 *   machines/   imports machines/ only (pure statecharts and ids)
 *   content/    imports machines/ and content/
 *   shared      src/storage, src/ui, src/concern, src/styles: machines/, content/, shared
 *   feature     src/guide, record, report, drafts, training, settings, review: the above and itself, never
 *               another feature or src/app (src/app composes them through slots)
 *   app         src/app and src/main.tsx: anything in src/
 *
 * Tests follow the rules of the folder they are in, and may also use tests/, scripts/ and the build
 * configuration (test helpers, generators, the CSP in vite.config.ts); code that ships may not.
 */

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

const SHARED = ['storage', 'ui', 'concern', 'styles'] as const;
const FEATURES = ['guide', 'record', 'report', 'drafts', 'training', 'settings', 'review'] as const;

type Layer =
  | { kind: 'machines' }
  | { kind: 'content' }
  | { kind: 'shared'; name: string }
  | { kind: 'feature'; name: string }
  | { kind: 'app' }
  | { kind: 'tooling'; name: string }
  | { kind: 'unknown'; name: string };

/** The layer of a path relative to the repository root ('src/guide/QuestionPage.tsx'). */
function layerOf(path: string): Layer {
  const [top, second] = path.split('/');
  if (top === 'machines') return { kind: 'machines' };
  if (top === 'content') return { kind: 'content' };
  if (top === 'tests' || top === 'scripts' || top === 'stories') return { kind: 'tooling', name: top };
  // vite.config.ts and the like: build configuration, which tests may read (the CSP) and code may not.
  if (second === undefined && top !== undefined && /\.config(\.|$)/.test(top)) return { kind: 'tooling', name: top };
  if (top !== 'src' || second === undefined) return { kind: 'unknown', name: path };
  if (second === 'app' || second === 'main.tsx') return { kind: 'app' };
  if ((SHARED as readonly string[]).includes(second)) return { kind: 'shared', name: second };
  if ((FEATURES as readonly string[]).includes(second)) return { kind: 'feature', name: second };
  return { kind: 'unknown', name: `src/${second}` };
}

const isTest = (path: string) => /\.test\.tsx?$|test-helpers\.tsx?$/.test(path);

/** Why `from` may not import `to` (both relative to the root), or undefined when it may. */
function violation(from: string, to: string): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a.kind === 'unknown') return `${a.name} has no layer: add it to tests/layering.test.ts and docs/architecture.md`;
  if (b.kind === 'tooling') return isTest(from) && b.name !== 'stories' ? undefined : `shipped code imports ${b.name}/`;
  if (b.kind === 'unknown') return `imports ${b.name}, which has no layer`;
  switch (a.kind) {
    case 'machines':
      return b.kind === 'machines' ? undefined : 'machines/ imports only machines/';
    case 'content':
      return b.kind === 'machines' || b.kind === 'content' ? undefined : 'content/ imports only machines/ and content/';
    case 'shared':
      return b.kind === 'feature' || b.kind === 'app' ? `shared src/${a.name} imports ${b.kind === 'app' ? 'src/app' : `feature src/${b.name}`}` : undefined;
    case 'feature':
      if (b.kind === 'app') return `feature src/${a.name} imports src/app (the app composes features, not the other way)`;
      if (b.kind === 'feature' && b.name !== a.name) return `feature src/${a.name} imports feature src/${b.name}`;
      return undefined;
    default:
      return undefined;
  }
}

/** The relative imports of one source text, resolved against its path (relative to the root). */
function importsOf(path: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(ROOT, resolve(ROOT, dirname(path), name)).split('\\').join('/'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('layering (docs/architecture.md)', () => {
  it('every import in machines/, content/ and src/ respects the layers', () => {
    const files = ['machines', 'content', 'src'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(150);
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const target of importsOf(file, readFileSync(join(ROOT, file), 'utf8'))) {
        checked++;
        const why = violation(file, target);
        if (why) broken.push(`${file} → ${target}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('fails on a feature importing another feature, shared importing a feature, machines or content importing src', () => {
    const fake = [
      ['src/report/ReportPage.tsx', "import { monthOf } from '../record/recording';"],
      ['src/guide/GuidePage.tsx', "const m = () => import('../drafts/StepNotes');"],
      ['src/drafts/purge.ts', "export { x } from '../app/settled';"],
      ['src/storage/store.ts', "import type { Registration } from '../record/recording';"],
      ['src/ui/Button.tsx', "import { i18n } from '../app/i18n';"],
      ['machines/concern.ts', "import { QUESTIONS } from '../content/questions';"],
      ['machines/ids.ts', "import { x } from '../src/storage/prefs';"],
      ['content/outcomes.ts', "import { partnerName } from '../src/guide/partners';"],
      ['src/report/csv.ts', "import { seed } from '../../tests/fixtures/seed';"],
      ['src/widgets/Thing.tsx', "import { Button } from '../ui/Button';"],
      ['src/drafts/headers.ts', "import { CONTENT_SECURITY_POLICY } from '../../vite.config';"],
    ] as const;
    for (const [file, text] of fake) {
      const [target] = importsOf(file, text);
      expect(violation(file, target!), `${file}: ${text}`).toBeDefined();
    }
  });

  it('allows what the layers allow', () => {
    const fine = [
      ['src/report/ReportPage.tsx', "import { Button } from '../ui/Button';"],
      ['src/report/ReportPage.tsx', "const s = () => import('../storage/store');"],
      ['src/report/ReportPage.tsx', "import { csv } from './csv';"],
      ['src/app/GuideRoute.tsx', "import { RecordPanel } from '../record/RecordPanel';"],
      ['src/storage/settings.ts', "import { PARTNER_KINDS } from '../../machines/ids';"],
      ['content/outcomes.ts', "import type { RouteId } from '../machines/ids';"],
      ['src/guide/test-helpers.tsx', "import { setupTestI18n } from '../../tests/i18n';"],
      ['src/record/RecordPanel.test.tsx', "import { setupTestI18n } from '../../tests/i18n';"],
      ['src/drafts/headers.test.ts', "import { CONTENT_SECURITY_POLICY } from '../../vite.config';"],
    ] as const;
    for (const [file, text] of fine) {
      const [target] = importsOf(file, text);
      expect(violation(file, target!), `${file}: ${text}`).toBeUndefined();
    }
  });
});
