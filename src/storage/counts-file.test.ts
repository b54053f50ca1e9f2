import { describe, expect, it } from 'vitest';
import { fromCellRows } from './counts';
import { parseCountsFile, toCountsFile } from './counts-file';

describe('parseCountsFile', () => {
  const good = () => toCountsFile(fromCellRows([{ installation: 'inst-aaaa-0001', cell: '2025-01|de-rank|contact|ouder', count: 3 }]), {
    contentVersion: '2026.11.1',
    exportedAt: '2026-01',
    schools: [{ id: 'de-rank', name: 'De Rank', type: 'po' }],
  });

  it('accepts a file and a BOM before it', () => {
    expect(parseCountsFile(JSON.stringify(good())).ok).toBe(true);
    expect(parseCountsFile(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true);
  });

  it('says what is wrong, and where', () => {
    const bad = (f: (x: Record<string, unknown>) => void) => {
      const x = good() as unknown as Record<string, unknown>;
      f(x);
      const r = parseCountsFile(JSON.stringify(x));
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    expect(parseCountsFile('{"format":').ok).toBe(false);
    expect((parseCountsFile('nope') as { error: { code: string } }).error.code).toBe('not-json');
    expect(bad((x) => (x.format = 'other')).code).toBe('not-counts-file');
    expect(bad((x) => (x.version = 2)).code).toBe('unsupported-version');
    expect(bad((x) => (x.exportedAt = '2026-01-15'))).toMatchObject({ code: 'invalid', path: '$.exportedAt' });
    expect(bad((x) => (x.caseId = 'abc'))).toMatchObject({ code: 'invalid', path: '$.caseId' });
    expect(bad((x) => ((x.installations as Record<string, Record<string, number[]>>)['inst-aaaa-0001']!['2025-01|de-rank'] = [-1]))).toMatchObject({
      path: '$.installations["inst-aaaa-0001"]["2025-01|de-rank"][0]',
    });
    expect(bad((x) => ((x.installations as Record<string, Record<string, number[]>>)['inst-aaaa-0001']!['2025-01-03|de-rank'] = [1])).message).toMatch(/row key/);
    expect(bad((x) => (x.columns = ['contact|naam']))).toMatchObject({ path: '$.columns[0]' });
  });
});
