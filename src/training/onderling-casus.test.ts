import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShippedCases } from './casus';
import { readCasusFile } from './casusFile';

/**
 * Casus of behaviour between children (`"flow": "onderling"`, issue 14 §5) run another machine than the
 * concern session training plays: the library leaves them out, and a trainer's own such file is refused
 * with a message that says where to check it, instead of failing at its first answer.
 */
describe('training and casus of behaviour between children', () => {
  it('the library lists the concern casus only', async () => {
    const cases = await loadShippedCases();
    expect(cases.length).toBeGreaterThan(10);
    expect(cases.map((c) => c.id)).not.toContain('vo-sexting-tussen-leerlingen');
    expect(cases.map((c) => c.id)).toContain('kinderopvang-bijten');
  });

  it('a trainer opening such a file is told that training does not play it', async () => {
    const text = readFileSync(new URL('../../content/cases/vo-sexting-tussen-leerlingen.json', import.meta.url), 'utf8');
    const result = await readCasusFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ path: 'flow', problem: { key: 'flowNotPlayable' } });
      expect(result.problems[0]!.english).toContain('npm run casus');
    }
  });
});
