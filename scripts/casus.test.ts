import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The casus runner as a user runs it: a real process (node + tsx), real files, its output and exit code. */

const root = fileURLToPath(new URL('..', import.meta.url));
const runner = join(root, 'scripts/casus.ts');
// tsx's loader by absolute URL, so the runner also starts from a directory outside the project.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

async function runCasus(args: string[], cwd = root) {
  const child = spawn(process.execPath, ['--import', tsx, runner, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const lines = stdout.trimEnd().split('\n');
  return { status, stdout, stderr, lines, last: lines.at(-1) };
}

/** The lines printed for one file: its PASS/FAIL line and the indented reasons under it. */
function block(stdout: string, file: string): string {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => / {2}\S/.test(l) && l.includes(file) && /^(PASS|FAIL)/.test(l));
  if (start < 0) throw new Error(`no output for ${file}:\n${stdout}`);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('      '));
  return lines.slice(start, end).join('\n');
}

const cases = readdirSync(join(root, 'content/cases'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => `content/cases/${f}`);
const fixture = (name: string) => `tests/fixtures/casus/${name}`;

// Few processes, one at a time: each start costs a second or more (tsx compiles the machine).
describe('npm run casus (scripts/casus.ts)', { timeout: 120_000 }, () => {
  it('passes every shipped casus file', async () => {
    const { status, last, stdout } = await runCasus(cases);
    expect(cases.length).toBeGreaterThanOrEqual(16);
    expect(last).toBe(`${cases.length} passed, 0 failed`);
    expect(status).toBe(0);
    for (const file of cases) expect(block(stdout, file)).toMatch(/^PASS {2}/);
    expect(block(stdout, 'content/cases/kinderopvang-vader-dreigt.json')).toBe(
      'PASS  content/cases/kinderopvang-vader-dreigt.json — route: veilig-thuis, flags: acuut',
    );
    expect(block(stdout, 'content/cases/vo-verwaarlozing-cjg.json')).toContain('route: extern (waiting), flags: vt-advies');
    expect(block(stdout, 'content/cases/vo-eergerelateerd-alleen-collega.json')).toContain(
      'refused as expected: stap2.consultatie = collega is not allowed here (stap2.bijzonder = ja requires veilig-thuis or beide)',
    );
  });

  it('fails each bad fixture with a message naming the problem', async () => {
    const files = [
      'bad-json.json',
      'unknown-question.json',
      'out-of-order.json',
      'wrong-expectation.json',
      'schema-error.json',
      'refusal-in-a-route-casus.json',
    ].map(fixture);
    const { status, last, stdout } = await runCasus(files);
    expect(last).toBe(`0 passed, ${files.length} failed`);
    expect(status).toBe(1);
    expect(block(stdout, fixture('bad-json.json'))).toBe(
      `FAIL  ${fixture('bad-json.json')} — invalid casus file\n      bad JSON at line 8, column 3: Unexpected token ']'`,
    );
    expect(block(stdout, fixture('unknown-question.json'))).toContain('answers[2][0]: unknown question id "triage.signaal"');
    expect(block(stdout, fixture('out-of-order.json'))).toBe(
      `FAIL  ${fixture('out-of-order.json')} — route: none, flags: none\n` +
        '      answer 5 refused: afweging.1 is not asked now (the machine asks stap2.bijzonder)',
    );
    expect(block(stdout, fixture('wrong-expectation.json'))).toBe(
      `FAIL  ${fixture('wrong-expectation.json')} — route: begeleiding, flags: none\n      expected route advies, got begeleiding`,
    );
    const schema = block(stdout, fixture('schema-error.json'));
    expect(schema).toContain('title.en: missing (expected a text)');
    expect(schema).toContain('sector: unknown sector "mbo"');
    expect(schema).toContain('answers[0]: expected a pair ["question id", "value"]');
    expect(block(stdout, fixture('refusal-in-a-route-casus.json'))).toContain(
      'answer 6 refused: stap2.consultatie = collega is not allowed here (stap2.bijzonder = ja requires veilig-thuis or beide)',
    );
  });

  it('counts passes and failures together, fails a file it cannot read, exits non-zero on any failure', async () => {
    const { status, last, stdout } = await runCasus([cases[0], fixture('wrong-expectation.json'), cases[1], 'content/cases/bestaat-niet.json']);
    expect(stdout).toContain('FAIL  content/cases/bestaat-niet.json — cannot read the file');
    expect(last).toBe('2 passed, 2 failed');
    expect(status).toBe(1);
  });

  it('takes absolute paths and paths relative to where it runs (also outside the project)', async () => {
    const { status, last } = await runCasus([join(root, cases[0]), '../../../' + cases[1]], join(root, 'tests/fixtures/casus'));
    expect(last).toBe('2 passed, 0 failed');
    expect(status).toBe(0);
    const outside = await runCasus([join(root, cases[0])], '/');
    expect(outside.last).toBe('1 passed, 0 failed');
  });

  it('prints usage and exits non-zero without files', async () => {
    const { status, stderr, stdout } = await runCasus([]);
    expect(stderr).toMatch(/^usage: npm run casus -- FILE\.json/);
    expect(stdout).toBe('');
    expect(status).not.toBe(0);
  });
});
