/**
 * Seed 003 (shared/seeds/003_…, "Verantwoording Sociaal Werk op School 2025"): counters equivalent
 * to its PO figures, made the way the app makes them (registrations → countRegistration → three
 * installations → counts files → merge), must give back the figures of the seed.
 */
import { describe, expect, it } from 'vitest';
import type { Contact, SchoolType, Theme, Via } from '../../../machines/ids';
import { countRegistration, type Registration } from '../../storage/registration';
import { emptyCounters, putCell, totalsOf, type CounterSet } from '../../storage/counts';
import { mergeCountsFile, parseCountsFile, toCountsFile } from '../../storage/counts-file';
import { computeReport, roundPct } from './report';

const PO = [
  'De Verbinding', 'De Rank', 'De Meidoorn', 'De Baldakijn', 'De Badde', 'De Musselhorst', 'Het Noorderlicht', 'Sint Antonius',
  'Op de Zandtange', 'De Höchte', 'Hagenhof', 'Het Mozaïek', 'De Maarsborg', 'Oranje Nassau', 'De Lindenberg', 'Wereldwijs',
  'Willibrord', 'Meester Neuteboomschool', 'Anne de Vries', 'De Oleander',
];
const VO = ['Ubbo Emmius Engelandlaan', 'Ubbo Emmius Maarsdreef', 'Ubbo Emmius Stationslaan', 'Ubbo Emmius PrO', 'Ubbo Emmius Onstwedde'];
const slug = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const schools = [...PO.map((name) => ({ id: slug(name), name, type: 'po' as SchoolType })), ...VO.map((name) => ({ id: slug(name), name, type: 'vo' as SchoolType }))];
const poIds = schools.filter((s) => s.type === 'po').map((s) => s.id);
const voIds = schools.filter((s) => s.type === 'vo').map((s) => s.id);

/** The PO year 2025 as registrations: 1618 conversations, plus meetings and MDOs. */
function seedRegistrations(): Registration[] {
  const regs: Registration[] = [];
  const month = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}`;
  const school = (i: number) => poIds[(i * 7) % poIds.length]!;

  // Conversations per contact; who raised them: a parent 20% via a teacher, pupils come themselves.
  const contacts: [Contact, number][] = [['ib', 465], ['leerkracht', 295], ['professional', 139], ['ouder', 595], ['leerling', 124]];
  const conv: { contact: Contact; via: Via }[] = [];
  for (const [contact, n] of contacts)
    for (let k = 0; k < n; k++) {
      let via: Via = contact === 'ouder' ? (k < 119 ? 'leerkracht' : k < 500 ? 'ouder' : 'ib') : contact;
      if (contact === 'professional') via = 'professional';
      conv.push({ contact, via });
    }
  // Routes: 34 internal and 15 external referrals, advice sufficed in 631, short support in the rest.
  // The seed names Veilig Thuis among the external partners: since MELDCODE.md version 2 that is a
  // melding (route veilig-thuis), which the report counts as an external referral (§6).
  const internal: [string, number][] = [['gezinscoaching', 16], ['buurtwerk-sport', 7], ['buurtmaatschappelijk-werk', 6], ['buurtwerk', 5]];
  const external: [string, number][] = [
    ['cjg', 5], ['huisarts', 2], ['wmo', 1], ['leerplicht', 1], ['wijkteam', 1], ['stichting-rikkie', 1], ['accare', 1], ['slachtofferhulp', 1],
  ];
  const referrals: Pick<Registration, 'route' | 'partner'>[] = [
    ...internal.flatMap(([partner, n]) => Array.from({ length: n }, () => ({ route: 'intern' as const, partner }))),
    ...external.flatMap(([partner, n]) => Array.from({ length: n }, () => ({ route: 'extern' as const, partner }))),
    ...Array.from({ length: 2 }, () => ({ route: 'veilig-thuis' as const })),
  ];
  // Themes: each theme on a run of consecutive conversations, so no conversation has a theme twice.
  const themes: [Theme, number][] = [
    ['gedrag-emotieregulatie', 292], ['sociale-vaardigheden', 238], ['opvoedvragen', 165], ['echtscheiding', 94], ['verzuim', 63], ['armoede', 61],
    ['executieve-functies', 24], ['faalangst', 12], ['rouw', 5],
  ];
  const themeOf = (i: number) => {
    const out: Theme[] = [];
    let offset = 0;
    for (const [t, n] of themes) {
      if ((((i - offset) % conv.length) + conv.length) % conv.length < n) out.push(t);
      offset += 397; // spread the runs over the year
    }
    return out;
  };
  let advice = 631;
  conv.forEach((c, i) => {
    const referral = i % 5 === 2 ? referrals.pop() : undefined;
    const route = referral ?? { route: i % 2 === 0 && advice-- > 0 ? ('advies' as const) : ('begeleiding' as const) };
    regs.push({
      month: month(i),
      school: school(i),
      contacts: [c.contact],
      via: c.via,
      activities: ['gesprek'],
      themes: themeOf(i),
      flags: [],
      ...route,
    });
  });
  // Child conversations with pupils and parents, classroom observations with teachers and IB.
  let kind = 218;
  let obs = 62;
  for (const r of regs) {
    const c = r.contacts[0];
    if ((c === 'leerling' || c === 'ouder') && kind > 0) {
      r.activities = [...r.activities, 'kindgesprek'];
      kind--;
    } else if ((c === 'leerkracht' || c === 'ib') && obs > 0) {
      r.activities = [...r.activities, 'observatie'];
      obs--;
    }
  }
  // Meetings and activities (coffee mornings, parent evenings) and MDOs: quick registrations.
  for (let i = 0; i < 278; i++) regs.push({ month: month(i), school: school(i), contacts: [], activities: ['overleg'], themes: [], flags: [] });
  for (let i = 0; i < 87; i++) regs.push({ month: month(i + 5), school: school(i + 3), contacts: [], activities: ['mdo'], themes: [], flags: [] });
  return regs;
}

/** Noise that must not reach the PO figures of 2025: VO schools, and PO counts outside the year. */
function otherRegistrations(): Registration[] {
  const regs: Registration[] = [];
  for (let i = 0; i < 400; i++)
    regs.push({
      month: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
      school: voIds[i % voIds.length]!,
      contacts: [i % 3 === 0 ? 'leerling' : 'leerkracht'],
      via: 'leerkracht',
      activities: ['gesprek'],
      themes: ['faalangst'],
      flags: i % 50 === 0 ? ['vt-advies'] : [],
      ...(i % 40 === 0 ? { route: 'extern' as const, partner: 'ggz' } : { route: 'begeleiding' as const }),
    });
  for (let i = 0; i < 30; i++)
    regs.push({ month: i % 2 ? '2024-12' : '2026-01', school: poIds[i % poIds.length]!, contacts: ['ouder'], via: 'ouder', activities: [], themes: ['armoede'], flags: [], route: 'intern', partner: 'gezinscoaching' });
  return regs;
}

/** Three workers' installations record the registrations; the coordinator imports their files. */
function coordinatorCounters(regs: Registration[]): CounterSet {
  const installations = ['7f1c2d3e-aaaa-4bbb-8ccc-000000000001', '7f1c2d3e-aaaa-4bbb-8ccc-000000000002', '7f1c2d3e-aaaa-4bbb-8ccc-000000000003'];
  const local = installations.map(() => emptyCounters());
  regs.forEach((reg, i) => {
    const k = i % 3;
    for (const [cell, n] of countRegistration(reg)) putCell(local[k]!, installations[k]!, cell, n, 'add');
  });
  const coordinator = emptyCounters();
  for (const set of [...local, local[0]!]) {
    // a file imported twice changes nothing
    const parsed = parseCountsFile(JSON.stringify(toCountsFile(set, { contentVersion: '2026.11.1', exportedAt: '2026-01', schools })));
    if (!parsed.ok) throw new Error(parsed.error.message);
    mergeCountsFile(coordinator, parsed.file);
  }
  return coordinator;
}

describe('seed 003: the PO figures of the verantwoording 2025', () => {
  const totals = totalsOf(coordinatorCounters([...seedRegistrations(), ...otherRegistrations()]));
  const report = computeReport(totals, {
    from: '2025-01',
    to: '2025-12',
    schoolTypes: Object.fromEntries(schools.map((s) => [s.id, s.type])),
    schoolNames: Object.fromEntries(schools.map((s) => [s.id, s.name])),
  });
  const po = report.groups.po;

  it('ruim 1600 conversations, over half with internal staff: IB over half, teachers 33%, other professionals 15%', () => {
    expect(po.conversations).toBe(1618);
    expect(po.internalStaff.pct).toBeGreaterThan(50);
    expect(po.internalStaff.ib.pct).toBeGreaterThan(50);
    expect(roundPct(po.internalStaff.leerkracht.pct)).toBe(33);
    expect(roundPct(po.internalStaff.professional.pct)).toBe(15);
  });

  it('595 parents (37% of all, 20% of them via a teacher), 124 pupils, together ~44%; 8% of questions straight from pupils', () => {
    expect(po.contacts.ouder.count).toBe(595);
    expect(roundPct(po.contacts.ouder.pct)).toBe(37);
    expect(roundPct(po.raisedBy.ouder.leerkracht.pct)).toBe(20);
    expect(po.contacts.leerling.count).toBe(124);
    expect(roundPct(po.families.pct)).toBe(44);
    expect(roundPct(po.via.leerling.pct)).toBe(8);
  });

  it('218 child conversations, 62 classroom observations, 278 meetings and activities, 87 MDOs', () => {
    expect(po.activities).toMatchObject({ kindgesprek: 218, observatie: 62, overleg: 278, mdo: 87 });
  });

  it('49 referrals: 34 internal (69%), 15 external (31%, 2 of them meldingen); 97% without referral; advice sufficed in 39%', () => {
    expect(po.referrals.total).toBe(49);
    expect(po.referrals.meldingen.count).toBe(2);
    expect(po.routes['veilig-thuis'].count).toBe(2);
    expect(po.referrals.internal.count).toBe(34);
    expect(roundPct(po.referrals.internal.pct)).toBe(69);
    expect(po.referrals.external.count).toBe(15);
    expect(roundPct(po.referrals.external.pct)).toBe(31);
    expect(roundPct(po.referrals.noReferralPct)).toBe(97);
    expect(roundPct(po.referrals.advicePct)).toBe(39);
  });

  it('internal referrals: almost half to gezinscoaching; external mostly CJG, Veilig Thuis, huisarts', () => {
    const internal = po.referrals.partners.filter((p) => p.kind === 'internal');
    expect(internal[0]).toMatchObject({ partner: 'gezinscoaching', count: 16 });
    expect(internal[0]!.count / 34).toBeGreaterThan(0.4);
    expect(internal[0]!.count / 34).toBeLessThan(0.5);
    const external = po.referrals.partners.filter((p) => p.kind === 'external');
    expect(external.slice(0, 3).map((p) => p.partner).sort()).toEqual(['cjg', 'huisarts', 'veilig-thuis']);
    expect(external.find((p) => p.partner === 'veilig-thuis')).toMatchObject({ melding: true, count: 2 });
    expect(external.reduce((s, p) => s + p.count, 0)).toBe(15);
  });

  it('themes with counts and focus ranks 1–4', () => {
    expect(po.themes.slice(0, 6).map((t) => [t.id, t.count, t.rank])).toEqual([
      ['gedrag-emotieregulatie', 292, 1],
      ['sociale-vaardigheden', 238, 1],
      ['opvoedvragen', 165, 2],
      ['echtscheiding', 94, 3],
      ['verzuim', 63, 4],
      ['armoede', 61, 4],
    ]);
  });

  it('support types: families 595, expertise sharing with IB 465 and teachers 295, care via referral 49, ranked 1–4', () => {
    expect(po.support.map((s) => [s.id, s.count, s.rank])).toEqual([
      ['gezinnen', 595, 1],
      ['expertisedeling-ib', 465, 2],
      ['expertisedeling-docenten', 295, 3],
      ['verwijzing', 49, 4],
    ]);
  });

  it('PO and VO side by side, and per school', () => {
    expect(report.groups.vo.conversations).toBe(400);
    expect(report.groups.vo.referrals.total).toBe(10);
    expect(report.groups.all.conversations).toBe(2018);
    expect(report.schools).toHaveLength(25);
    expect(report.schools.slice(0, 20).every((s) => s.type === 'po')).toBe(true);
    const sum = poIds.reduce((s, id) => s + report.perSchool[id]!.conversations, 0);
    expect(sum).toBe(1618);
    expect(report.months).toHaveLength(12);
  });
});
