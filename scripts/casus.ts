/**
 * `npm run casus -- FILE…`: runs casus files (shared/MELDCODE.md §7) headlessly against the real
 * concern machine. Per file: PASS/FAIL, the route reached and the flags, and the reason when it fails
 * or when an answer was refused. An invalid file (bad JSON, wrong shape, unknown question id) counts
 * as failed. The last line is exactly "N passed, N failed"; the exit code is 1 when any failed, 2
 * without files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCasus, runCasus } from '../content/casus';

const USAGE = 'usage: npm run casus -- FILE.json [FILE.json …]   (or: npx tsx scripts/casus.ts FILE.json …)';

function main(files: string[]): number {
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(resolve(process.cwd(), file), 'utf8');
    } catch (error) {
      failed++;
      console.log(`FAIL  ${file} — cannot read the file`);
      console.log(`      ${(error as Error).message}`);
      continue;
    }
    const parsed = parseCasus(text);
    if (!parsed.ok) {
      failed++;
      console.log(`FAIL  ${file} — invalid casus file`);
      for (const issue of parsed.issues) console.log(`      ${issue}`);
      continue;
    }
    const result = runCasus(parsed.casus);
    if (result.pass) passed++;
    else failed++;
    const route = result.route ? `${result.route}${result.waiting ? ' (waiting)' : ''}` : 'none';
    const flags = result.flags.length ? result.flags.join(', ') : 'none';
    console.log(`${result.pass ? 'PASS' : 'FAIL'}  ${file} — route: ${route}, flags: ${flags}`);
    if (!result.pass || result.rejected) console.log(`      ${result.message}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
