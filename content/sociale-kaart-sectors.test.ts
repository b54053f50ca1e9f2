import { describe, expect, it } from 'vitest';
import { DEFAULT_SOCIALE_KAART, partnerKinds } from './sociale-kaart';
import { parseSocialeKaart } from './sociale-kaart.schema';

/** Issue 14 §6: a service can be offered to some sectors only; the kaart file keeps it. */
describe('sectors of a sociale kaart service', () => {
  it('the default kaart has the kinderopvang partners, validated, and they round-trip through a kaart file', () => {
    const ids = DEFAULT_SOCIALE_KAART.services.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['jgz', 'voorschools-maatschappelijk-werk']));
    expect(partnerKinds(DEFAULT_SOCIALE_KAART)).toMatchObject({ jgz: 'external', 'voorschools-maatschappelijk-werk': 'internal' });
    const parsed = parseSocialeKaart(JSON.stringify(DEFAULT_SOCIALE_KAART));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.kaart.services.find((s) => s.id === 'leerplicht')?.sectors).toEqual(['po', 'vo', 'sociaal-werk']);
  });

  it('refuses an unknown sector, and accepts a service without sectors (every sector)', () => {
    const bad = structuredClone(DEFAULT_SOCIALE_KAART);
    (bad.services[0] as { sectors?: string[] }).sectors = ['mbo'];
    expect(parseSocialeKaart(JSON.stringify(bad)).ok).toBe(false);
    const none = structuredClone(DEFAULT_SOCIALE_KAART);
    for (const s of none.services) delete s.sectors;
    expect(parseSocialeKaart(JSON.stringify(none)).ok).toBe(true);
  });
});
