import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCasus, runCasus, type Casus } from './casus';

/**
 * Version 2 of the domain contract (shared/MELDCODE.md §8): casus files written for version 1 still
 * run unchanged, except those that pick veilig-thuis as a partner, which are refused at that answer.
 * The version-1 files are kept byte for byte under tests/fixtures/casus/v1 (copied from the commit
 * before version 2), so this test does not depend on the current content/cases.
 */

const FIXTURES = join(__dirname, '../tests/fixtures/casus');
const V1 = join(FIXTURES, 'v1');

function load(path: string): Casus {
  const parsed = parseCasus(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
  return parsed.casus;
}

const v1Files = readdirSync(V1).filter((f) => f.endsWith('.json')).sort();

describe('casus files of version 1', () => {
  it('are all there (the 21 files of content/cases before version 2), none with veilig-thuis as partner', () => {
    expect(v1Files).toHaveLength(21);
    for (const file of v1Files) {
      const partners = load(join(V1, file)).answers.filter(([q]) => q === 'steun.partner' || q === 'hulp.partner');
      expect(partners.map(([, v]) => v), file).not.toContain('veilig-thuis');
    }
  });

  it.each(v1Files)('%s still runs unchanged and passes', (file) => {
    const result = runCasus(load(join(V1, file)));
    expect(result.message, file).not.toMatch(/^answer \d+ refused/);
    expect(result.pass, result.message).toBe(true);
  });

  it.each([
    ['v1-hulp-partner-veilig-thuis.json', 'hulp.partner', 12],
    ['v1-steun-partner-veilig-thuis.json', 'steun.partner', 7],
  ])('%s (veilig-thuis as partner) is now refused at that answer, named like any refusal', (file, question, answerNumber) => {
    const casus = load(join(FIXTURES, file));
    const result = runCasus(casus);
    expect(result.pass).toBe(false);
    expect(result.rejected).toMatchObject({ question, value: 'veilig-thuis', reason: 'value-not-allowed' });
    expect(result.message).toBe(
      `answer ${answerNumber} refused: ${question} = veilig-thuis is not allowed here (veilig-thuis is never a referral partner: contact with Veilig Thuis is an advice question (stap2.consultatie) or a melding (route veilig-thuis))`,
    );
    // Changed to expect the refusal, the same file passes: that is how content/cases keeps such casus.
    const asRefusal = { ...casus, expect: { rejected: question } } as Casus;
    expect(runCasus(asRefusal)).toMatchObject({ pass: true });
  });
});
