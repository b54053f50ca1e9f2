import { describe, expect, it } from 'vitest';
import { emptyCounters, putCell, totalsOf } from '../storage/counts';
import { countRegistration, type Registration } from '../storage/registration';
import { protectSections } from './protect';
import { answerProtect } from './protectMessages';
import { protectOffThread } from './protectOffThread';
import { outsideRelease, outsideReleaseWith, planRelease, type Protect } from './release';

// The suppression Worker (issue 16) must publish exactly what the page's own suppression did.
const t = (key: string) => key;
const lookups = { t, partnerName: (id: string) => id, schoolName: (id: string) => id };
const ctx = { schoolTypes: { a: 'po', b: 'po', c: 'vo' } as const, threshold: 10, today: '2026-02', lookups };
const request = { from: '2025-01', to: '2025-12', schools: 'all' as const };

/** A year of three schools with many small categories, so suppression has work to do. */
function sampleTotals() {
  const contacts = ['ib', 'leerkracht', 'professional', 'ouder', 'leerling'] as const;
  const themes = ['gedrag-emotieregulatie', 'sociale-vaardigheden', 'opvoedvragen', 'echtscheiding', 'verzuim', 'armoede'] as const;
  const set = emptyCounters();
  for (let i = 0; i < 300; i++) {
    const contact = contacts[(i * 3) % 5]!;
    const reg: Registration = {
      month: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
      school: i % 7 < 4 ? 'a' : i % 7 < 6 ? 'b' : 'c',
      contacts: [contact],
      via: contact === 'leerling' ? 'leerling' : contact === 'ouder' ? 'ouder' : 'leerkracht',
      activities: [i % 9 === 0 ? 'kindgesprek' : 'gesprek'],
      themes: [themes[i % 6]!],
      flags: [],
      ...(i % 23 === 0 ? { route: 'intern' as const, partner: 'buurtwerk' } : { route: i % 5 < 2 ? ('advies' as const) : ('begeleiding' as const) }),
    };
    for (const [cell, n] of countRegistration(reg)) putCell(set, 'i-1', cell, n, 'add');
  }
  return totalsOf(set);
}

describe('the suppression worker', () => {
  const totals = sampleTotals();
  const plan = planRelease(totals, request, ctx);
  if (!plan.ok) throw new Error(plan.reason);

  it('is sent counts and category names only: the request survives structured cloning unchanged', () => {
    const message = { id: 1, sections: plan.sections, threshold: plan.threshold, groups: plan.groups };
    expect(structuredClone(message)).toEqual(message);
  });

  it('answers with the same protected tables as protectSections, also after cloning both ways', () => {
    const answer = answerProtect(structuredClone({ id: 7, sections: plan.sections, threshold: plan.threshold, groups: plan.groups }));
    expect(answer.ok && answer.id).toBe(7);
    expect(structuredClone(answer)).toEqual({ id: 7, ok: true, sections: protectSections(plan.sections, plan.threshold, plan.groups) });
    // The year hides something: the comparison is not between two grids with nothing hidden.
    expect(JSON.stringify(answer)).toContain('"hidden":true');
  });

  it('answers a malformed request with what went wrong, so the page can fall back', () => {
    const malformed = [{ id: 'contacts', title: 'x', tables: [{ kind: 'group', id: 'contacts' }] }] as unknown as typeof plan.sections;
    expect(() => protectSections(malformed, plan.threshold, plan.groups)).toThrow();
    const answer = answerProtect({ id: 2, sections: malformed, threshold: plan.threshold, groups: plan.groups });
    expect(answer).toMatchObject({ id: 2, ok: false, error: expect.any(String) });
  });

  it('makes the same release as the page did on its own thread', async () => {
    const viaMessages: Protect = async (sections, threshold, groups) => {
      const answer = answerProtect(structuredClone({ id: 1, sections, threshold, groups }));
      if (!answer.ok) throw new Error(answer.error);
      return structuredClone(answer.sections);
    };
    const expected = outsideRelease(totals, request, ctx);
    expect(await outsideReleaseWith(totals, request, ctx, viaMessages)).toEqual(expected);
    // Without a Worker (this test's DOM has none) the page's helper runs the same function in-process.
    expect(typeof Worker).toBe('undefined');
    expect(await outsideReleaseWith(totals, request, ctx, protectOffThread)).toEqual(expected);
  });

  it('is not asked at all when there is no release', async () => {
    let asked = false;
    const spy: Protect = async () => {
      asked = true;
      return [];
    };
    expect(await outsideReleaseWith(totals, { ...request, from: '2025-02' }, ctx, spy)).toEqual({ ok: false, reason: 'period' });
    expect(asked).toBe(false);
  });
});
