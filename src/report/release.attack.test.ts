/**
 * An attacker on outside releases, written apart from the suppression code: it imports nothing
 * from src/report but the function that makes a release, and it shares no code or idea of
 * "recoverable" with model/suppress.ts (that one uses Gaussian elimination and interval
 * propagation over real numbers; this one is an exhaustive integer search).
 *
 * What the attacker knows: every published number of two releases (counts, totals, subtotals,
 * the per-school registrations, the shares of the key figures), which rows are absent (a partner
 * or theme that is not listed counted 0), the schools and periods each release covers and each
 * school's type, how the counters add up (a figure is a sum of counter columns; the partners of a
 * kind sum to route intern/extern; optionally, every column is at most the registrations of the
 * same months and schools, with one route and one "via" per registration), that counts are whole
 * numbers ≥ 0, and
 * an upper bound on every count (the true number of registrations: more than it could know).
 *
 * The unknowns are the counts of every counter column in every "atom": the months and schools
 * that lie in the first release only, the second only, or both (the Venn regions), per school.
 * The attacker enumerates, by depth-first search with bound propagation, the whole numbers that
 * are consistent with everything above, and reports every hidden cell and every atom count (per
 * column, region, and school, PO, VO or all) that takes only one value, and that value lies in
 * 1 … threshold − 1. The same search, on two hand-made releases that were suppressed each on its
 * own (the old behaviour), recovers July's single melding and the one school's two: so it can fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity, Contact, Flag, RouteId, Theme, Via } from '../../machines/ids';
import { countRegistration, type Registration } from '../storage/registration';
import { emptyCounters, putCell, totalsOf, type Totals } from '../storage/counts';
import { outsideRelease, type OutsideRelease } from './release';

// ---------------------------------------------------------------------------------------------
// The attacker's own model of a release: published cells as linear forms over atom counts.

type SchoolType = 'po' | 'vo';
type Group = SchoolType | 'all';
const GROUPS: Group[] = ['po', 'vo', 'all'];

interface PublishedCell {
  count: number;
  hidden?: boolean;
  pct?: number | null;
  pctHidden?: boolean;
}
interface PublishedTable {
  kind: 'group' | 'matrix';
  id: string;
  pctOnly?: boolean;
  rows: { key: string; total?: boolean; cells: Record<Group, PublishedCell> | PublishedCell[] }[];
  columns?: { key: string }[];
}
/** What the attacker reads: the periods, schools and tables of a release (CSV and print carry the same). */
export interface Published {
  from: string;
  to: string;
  threshold: number;
  schools: { id: string; type: SchoolType }[];
  sections: { tables: PublishedTable[] }[];
}

/** Σ coef · x over variable indices. */
type Form = Map<number, number>;
interface Constraint {
  form: Form;
  lo: number;
  hi: number;
}
interface Target {
  what: string;
  form: Form;
}

function add(form: Form, v: number, coef: number) {
  const c = (form.get(v) ?? 0) + coef;
  if (Math.abs(c) < 1e-12) form.delete(v);
  else form.set(v, c);
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > to) break;
    out.push(key);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The counter columns a published row adds up, with its coefficient (the attacker's reading of the report). */
function figureColumns(tableId: string, key: string, rowsOf: (tableId: string) => string[]): Map<string, number> | undefined {
  const one = (col: string) => new Map([[col, 1]]);
  const sum = (cols: string[], coef = 1) => new Map(cols.map((c) => [c, coef]));
  const routes = () => rowsOf('routes').map((r) => `route|${r}`);
  // A melding to Veilig Thuis is an external referral (MELDCODE.md §6, version 2).
  const referrals = () => sum(['route|intern', 'route|extern', 'route|veilig-thuis']);
  switch (tableId) {
    case 'contacts':
      return key === 'conversations' ? sum(rowsOf('contacts').map((c) => `contact|${c}`)) : one(`contact|${key}`);
    case 'via':
      return key === 'known' ? sum(rowsOf('via').map((v) => `via|${v}`)) : one(`via|${key}`);
    case 'activities':
      return one(`activiteit|${key}`);
    case 'themes':
      return one(`thema|${key}`);
    case 'flags':
      return one(`vlag|${key}`);
    case 'routes':
      return key === 'routed' ? sum(routes()) : one(`route|${key}`);
    case 'partners':
      if (key.startsWith('melding.')) return one('route|veilig-thuis');
      return key === 'total' ? referrals() : one(`verwijzing|${key}`);
    case 'referrals': {
      if (key === 'routed') return sum(routes());
      if (key === 'advice') return one('route|advies');
      if (key === 'referrals') return referrals();
      if (key === 'internal') return one('route|intern');
      if (key === 'external') return sum(['route|extern', 'route|veilig-thuis']);
      if (key === 'meldingen') return one('route|veilig-thuis');
      if (key === 'no-referral') {
        const f = sum(routes());
        f.set('route|intern', 0);
        f.set('route|extern', 0);
        f.set('route|veilig-thuis', 0);
        for (const [c, v] of f) if (v === 0) f.delete(c);
        return f;
      }
      break;
    }
    case 'support':
      if (key === 'gezinnen') return one('contact|ouder');
      if (key === 'expertisedeling-ib') return one('contact|ib');
      if (key === 'expertisedeling-docenten') return one('contact|leerkracht');
      if (key === 'verwijzing') return referrals();
      break;
  }
  throw new Error(`The attacker does not know what ${tableId}/${key} counts`);
}

/** Numerator and base of a key figure (a share published without its counts). */
function keyFigure(key: string): [Map<string, number>, Map<string, number>] | undefined {
  const s = (...cols: string[]) => new Map(cols.map((c) => [c, 1]));
  const contacts = ['ib', 'leerkracht', 'professional', 'ouder', 'leerling'].map((c) => `contact|${c}`);
  const staff = ['contact|ib', 'contact|leerkracht', 'contact|professional'];
  const vias = ['leerkracht', 'ib', 'ouder', 'leerling', 'professional'].map((v) => `via|${v}`);
  switch (key) {
    case 'internal':
      return [s(...staff), s(...contacts)];
    case 'internal-ib':
      return [s('contact|ib'), s(...staff)];
    case 'internal-leerkracht':
      return [s('contact|leerkracht'), s(...staff)];
    case 'internal-professional':
      return [s('contact|professional'), s(...staff)];
    case 'parents':
      return [s('contact|ouder'), s(...contacts)];
    case 'parents-via-teacher':
      return [s('contact-via|ouder.leerkracht'), s('contact|ouder')];
    case 'pupils-own':
      return [s('via|leerling'), s(...vias)];
    case 'families':
      return [s('contact|ouder', 'contact|leerling'), s(...contacts)];
  }
  return undefined;
}

export interface Leak {
  what: string;
  value: number;
}

/**
 * Everything the attacker can pin down from releases a and b: the hidden cells and atom counts
 * that take exactly one value in 1 … threshold − 1. `bound` caps every count (≥ every true count).
 */
export function attack(releases: Published[], bound: number, knows: { atMostRegistrations: boolean } = { atMostRegistrations: true }): Leak[] {
  const schoolType = new Map<string, SchoolType>();
  for (const r of releases) for (const s of r.schools) schoolType.set(s.id, s.type);

  // Regions: the set of releases covering a month and school. Registrations are per school (the
  // per-school table publishes them); every other column per school type, since no release splits
  // it by school (a finer split only adds unknowns that nothing published ties down).
  const covered = new Map<string, string>(); // 'month|school' → region
  releases.forEach((r, i) => {
    for (const m of monthsBetween(r.from, r.to))
      for (const s of r.schools) {
        const k = `${m}|${s.id}`;
        covered.set(k, (covered.get(k) ?? '') + String(i));
      }
  });
  const schoolsIn = new Map<string, Set<string>>(); // region → schools
  for (const [k, region] of covered) {
    if (!schoolsIn.has(region)) schoolsIn.set(region, new Set());
    schoolsIn.get(region)!.add(k.slice(8));
  }
  const regions = [...schoolsIn.keys()].sort();
  const typesIn = (region: string) => [...new Set([...schoolsIn.get(region)!].map((s) => schoolType.get(s)!))].sort();

  // Columns: every counter column a published row names, in either release.
  const columns = new Set<string>(['contact-via|ouder.leerkracht', 'route|intern', 'route|extern', 'route|veilig-thuis']);
  const tablesOf = (r: Published) => r.sections.flatMap((s) => s.tables);
  const rowsOfRelease = (r: Published) => (tableId: string) =>
    tablesOf(r)
      .find((t) => t.id === tableId)
      ?.rows.filter((row) => !row.total)
      .map((row) => row.key) ?? [];
  for (const r of releases)
    for (const t of tablesOf(r))
      if (t.kind === 'group' && !t.pctOnly)
        for (const row of t.rows) for (const c of figureColumns(t.id, row.key, rowsOfRelease(r))!.keys()) columns.add(c);
  const cols = [...columns].sort();

  const varIndex = new Map<string, number>();
  const REG = 'registratie|n';
  for (const region of regions) {
    for (const s of [...schoolsIn.get(region)!].sort()) varIndex.set(`${region}|${s}#${REG}`, varIndex.size);
    for (const type of typesIn(region)) for (const c of cols) varIndex.set(`${region}|${type}#${c}`, varIndex.size);
  }
  const n = varIndex.size;

  const constraints: Constraint[] = [];
  const targets: Target[] = [];
  /** Σ over the regions that pass, in group g (or at one school, registrations only), of the columns. */
  const formOver = (regionOk: (region: string) => boolean, g: Group | { school: string }, colCoefs: Map<string, number>): Form => {
    const f: Form = new Map();
    for (const region of regions) {
      if (!regionOk(region)) continue;
      for (const [c, k] of colCoefs) {
        if (c === REG) {
          for (const s of schoolsIn.get(region)!) {
            const ok = typeof g === 'object' ? g.school === s : g === 'all' || schoolType.get(s) === g;
            if (ok) add(f, varIndex.get(`${region}|${s}#${REG}`)!, k);
          }
        } else {
          if (typeof g === 'object') throw new Error('only registrations are published per school');
          for (const type of typesIn(region)) if (g === 'all' || g === type) add(f, varIndex.get(`${region}|${type}#${c}`)!, k);
        }
      }
    }
    return f;
  };
  const inRelease = (i: number) => (region: string) => region.includes(String(i));

  // How counters add up, per region and school type.
  for (const region of regions)
    for (const type of typesIn(region)) {
      const at = (c: string) => varIndex.get(`${region}|${type}#${c}`)!;
      const registrations = formOver((x) => x === region, type, new Map([[REG, 1]]));
      for (const kind of ['internal', 'external'] as const) {
        const f: Form = new Map();
        for (const c of cols) if (c.startsWith(`verwijzing|${kind}.`)) add(f, at(c), 1);
        add(f, at(kind === 'internal' ? 'route|intern' : 'route|extern'), -1);
        constraints.push({ form: f, lo: 0, hi: 0 });
      }
      const atMostRegistrations = (parts: string[]) => {
        const f: Form = new Map(registrations);
        for (const k of f.keys()) f.set(k, -1);
        for (const c of parts) add(f, at(c), 1);
        constraints.push({ form: f, lo: -Infinity, hi: 0 });
      };
      if (knows.atMostRegistrations) {
        for (const c of cols) atMostRegistrations([c]);
        atMostRegistrations(cols.filter((c) => c.startsWith('route|')));
        atMostRegistrations(cols.filter((c) => c.startsWith('via|')));
      }
    }

  releases.forEach((r, i) => {
    const mine = inRelease(i);
    const rowsOf = rowsOfRelease(r);
    for (const t of tablesOf(r)) {
      if (t.kind === 'group' && t.pctOnly) {
        for (const row of t.rows)
          for (const g of GROUPS) {
            const cell = (row.cells as Record<Group, PublishedCell>)[g];
            const kf = keyFigure(row.key);
            if (!kf || cell.pct == null || cell.pctHidden) continue;
            // 100 · numerator − pct · base = 0
            const f = formOver(mine, g, kf[0]);
            for (const [k, c] of formOver(mine, g, kf[1])) add(f, k, (-c * cell.pct) / 100);
            constraints.push({ form: f, lo: -1e-6, hi: 1e-6 });
          }
        continue;
      }
      if (t.kind === 'group') {
        for (const row of t.rows)
          for (const g of GROUPS) {
            const cell = (row.cells as Record<Group, PublishedCell>)[g];
            const f = formOver(mine, g, figureColumns(t.id, row.key, rowsOf)!);
            if (cell.hidden) targets.push({ what: `release ${i} ${t.id}/${row.key}/${g} (hidden)`, form: f });
            else constraints.push({ form: f, lo: cell.count, hi: cell.count });
          }
        continue;
      }
      // The per-school matrix: registrations per school, PO/VO subtotal, total.
      const j = t.columns?.findIndex((c) => c.key === 'registrations') ?? -1;
      if (j < 0) continue;
      for (const row of t.rows) {
        const cell = (row.cells as PublishedCell[])[j]!;
        const g: Group | { school: string } =
          row.key === 'total' ? 'all' : row.key === 'subtotal-po' ? 'po' : row.key === 'subtotal-vo' ? 'vo' : { school: row.key };
        const f = formOver(mine, g, new Map([[REG, 1]]));
        if (cell.hidden) targets.push({ what: `release ${i} schools/${row.key} (hidden)`, form: f });
        else constraints.push({ form: f, lo: cell.count, hi: cell.count });
      }
    }
    // Rows a release leaves out counted 0 there: partners and themes nobody was referred to or had.
    const listed = new Set(
      tablesOf(r)
        .filter((t) => t.id === 'partners' || t.id === 'themes')
        .flatMap((t) => t.rows.filter((row) => !row.key.startsWith('melding.')).map((row) => (t.id === 'partners' ? `verwijzing|${row.key}` : `thema|${row.key}`))),
    );
    const hasTable = (id: string) => tablesOf(r).some((t) => t.id === id);
    for (const c of cols) {
      const absent = (c.startsWith('verwijzing|') && hasTable('partners')) || (c.startsWith('thema|') && hasTable('themes'));
      if (absent && !listed.has(c)) constraints.push({ form: formOver(mine, 'all', new Map([[c, 1]])), lo: 0, hi: 0 });
    }
  });

  // Counts the attacker would like to know: each column per region and group, registrations per school.
  for (const region of regions) {
    for (const c of [...cols, REG])
      for (const g of GROUPS) targets.push({ what: `${c} in region ${region} (${g})`, form: formOver((x) => x === region, g, new Map([[c, 1]])) });
    for (const s of schoolsIn.get(region)!)
      targets.push({ what: `${REG} in region ${region} at ${s}`, form: formOver((x) => x === region, { school: s }, new Map([[REG, 1]])) });
  }

  const threshold = Math.min(...releases.map((r) => r.threshold));
  const solver = new Solver(n, bound, constraints);
  const leaks: Leak[] = [];
  const key = (f: Form) => [...f].sort((a, b) => a[0] - b[0]).map(([k, c]) => `${k}:${c}`).join(' ');
  const published = new Map(constraints.filter((c) => c.lo === c.hi).map((c) => [key(c.form), c.lo]));
  for (const target of targets) {
    if (target.form.size === 0) continue;
    // A target that is a published number itself needs no search.
    const value = published.get(key(target.form)) ?? solver.pinned(target.form);
    if (value !== undefined && value >= 1 && value < threshold) leaks.push({ what: target.what, value });
  }
  return leaks;
}

// ---------------------------------------------------------------------------------------------
// Exhaustive integer search with bound propagation.

const EPS = 1e-7;

class Solver {
  private readonly byVar: number[][];
  /** Whole-number solutions found so far, to answer most questions without a new search. */
  private readonly pool: { comps: Set<number>; x: number[] }[] = [];
  private readonly component: number[];

  constructor(
    private readonly n: number,
    private readonly bound: number,
    private readonly constraints: Constraint[],
  ) {
    this.byVar = Array.from({ length: n }, () => []);
    constraints.forEach((c, i) => {
      for (const k of c.form.keys()) this.byVar[k]!.push(i);
    });
    // Connected components of variables (sharing a constraint): a target only needs its own.
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    for (const c of constraints) {
      const ks = [...c.form.keys()];
      for (const k of ks.slice(1)) parent[find(k)] = find(ks[0]!);
    }
    this.component = Array.from({ length: n }, (_, i) => find(i));
  }

  /** The one value the form can take, or undefined when it can take two or more. */
  pinned(form: Form): number | undefined {
    const comps = new Set([...form.keys()].map((k) => this.component[k]!));
    const vars = new Set<number>();
    for (let k = 0; k < this.n; k++) if (comps.has(this.component[k]!)) vars.add(k);
    const cons = this.constraints.filter((c) => [...c.form.keys()].some((k) => vars.has(k)));
    const valueOf = (x: number[]) => [...form].reduce((s, [k, c]) => s + c * x[k]!, 0);
    const covering = this.pool.filter((p) => [...comps].every((c) => p.comps.has(c)));
    const seen = new Set(covering.map((p) => Math.round(valueOf(p.x))));
    if (seen.size > 1) return undefined;
    let first: number;
    if (seen.size === 1) first = [...seen][0]!;
    else {
      const x = this.solve([...vars], cons);
      if (!x) throw new Error('The published numbers have no solution: the attacker model is wrong');
      this.pool.push({ comps, x });
      first = Math.round(valueOf(x));
    }
    for (const [lo, hi] of [
      [-Infinity, first - 1],
      [first + 1, Infinity],
    ] as const) {
      const x = this.solve([...vars], [...cons, { form, lo, hi }]);
      if (x) {
        this.pool.push({ comps, x });
        return undefined;
      }
    }
    return first;
  }

  private solve(vars: number[], cons: Constraint[]): number[] | undefined {
    const lo = new Array<number>(this.n).fill(0);
    const hi = new Array<number>(this.n).fill(0);
    for (const k of vars) hi[k] = this.bound;
    const consOf = new Map<number, number[]>();
    cons.forEach((c, i) => {
      for (const k of c.form.keys()) {
        if (!consOf.has(k)) consOf.set(k, []);
        consOf.get(k)!.push(i);
      }
    });
    const propagate = (lo: number[], hi: number[]): boolean => {
      const queue = new Set(cons.keys());
      let steps = 0;
      while (queue.size > 0) {
        const i = queue.values().next().value!;
        queue.delete(i);
        if (++steps > 200_000) break;
        const c = cons[i]!;
        let min = 0;
        let max = 0;
        for (const [k, a] of c.form) {
          min += a > 0 ? a * lo[k]! : a * hi[k]!;
          max += a > 0 ? a * hi[k]! : a * lo[k]!;
        }
        if (min > c.hi + EPS || max < c.lo - EPS) return false;
        for (const [k, a] of c.form) {
          const tMin = a > 0 ? a * lo[k]! : a * hi[k]!;
          const tMax = a > 0 ? a * hi[k]! : a * lo[k]!;
          // a·x ∈ [c.lo − (max − tMax), c.hi − (min − tMin)]
          const low = c.lo === -Infinity ? -Infinity : c.lo - (max - tMax);
          const high = c.hi === Infinity ? Infinity : c.hi - (min - tMin);
          let nlo = a > 0 ? low / a : high / a;
          let nhi = a > 0 ? high / a : low / a;
          nlo = Math.ceil(nlo - EPS);
          nhi = Math.floor(nhi + EPS);
          let changed = false;
          if (nlo > lo[k]!) {
            lo[k] = nlo;
            changed = true;
          }
          if (nhi < hi[k]!) {
            hi[k] = nhi;
            changed = true;
          }
          if (lo[k]! > hi[k]!) return false;
          if (changed) for (const j of consOf.get(k) ?? []) if (j !== i) queue.add(j);
        }
      }
      return true;
    };
    const check = (x: number[]) =>
      cons.every((c) => {
        const s = [...c.form].reduce((acc, [k, a]) => acc + a * x[k]!, 0);
        return s >= c.lo - 1e-6 && s <= c.hi + 1e-6;
      });
    const dfs = (lo: number[], hi: number[]): number[] | undefined => {
      if (!propagate(lo, hi)) return undefined;
      let pick = -1;
      for (const k of vars) if (lo[k]! < hi[k]! && (pick < 0 || hi[k]! - lo[k]! < hi[pick]! - lo[pick]!)) pick = k;
      if (pick < 0) return check(lo) ? lo.slice() : undefined;
      for (let value = lo[pick]!; value <= hi[pick]!; value++) {
        const l = lo.slice();
        const h = hi.slice();
        l[pick] = h[pick] = value;
        const x = dfs(l, h);
        if (x) return x;
      }
      return undefined;
    };
    return dfs(lo, hi);
  }
}

// ---------------------------------------------------------------------------------------------
// Releases made by the real code from random counts, and pairs of requests.

const SCHOOLS = { a: 'po', b: 'po', c: 'vo' } as const;
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);
const lookups = { t, partnerName: (id: string) => id, schoolName: (id: string) => id };

function totalsOfRegistrations(regs: Registration[]): Totals {
  const set = emptyCounters();
  for (const reg of regs) for (const [cell, n] of countRegistration(reg)) putCell(set, 'installation-1', cell, n, 'add');
  return totalsOf(set);
}

const registration: fc.Arbitrary<Registration> = fc
  .record({
    month: fc.constantFrom('2025-02', '2025-09', '2026-03', '2026-10'),
    school: fc.constantFrom('a', 'b', 'c'),
    contacts: fc.subarray(['ouder', 'leerling', 'ib'] as Contact[], { maxLength: 2 }),
    via: fc.option(fc.constantFrom<Via>('leerkracht', 'ouder'), { nil: undefined }),
    activities: fc.subarray(['gesprek', 'mdo'] as Activity[], { maxLength: 1 }),
    themes: fc.subarray(['pesten', 'verzuim'] as Theme[], { maxLength: 1 }),
    route: fc.constantFrom<RouteId | undefined>('advies', 'intern', 'extern', 'veilig-thuis', undefined),
    internal: fc.constantFrom('gezinscoaching', 'buurtwerk'),
    external: fc.constantFrom('cjg', 'huisarts'),
    flags: fc.subarray(['acuut', 'vt-advies'] as Flag[], { maxLength: 1 }),
  })
  .map(({ route, internal, external, via, ...rest }) => ({
    ...rest,
    ...(via ? { via } : {}),
    ...(route ? { route } : {}),
    ...(route === 'intern' ? { partner: internal } : route === 'extern' ? { partner: external } : {}),
  }));

const month = fc.constantFrom('2025-01', '2025-02', '2025-06', '2025-09', '2025-12', '2026-01', '2026-03', '2026-07', '2026-10', '2026-12');
const request = fc.oneof(
  // Requests on the grid: a whole calendar year, all schools.
  fc.record({ from: fc.constantFrom('2025-01', '2026-01'), schools: fc.constant<'all'>('all') }).map((r) => ({ ...r, to: `${r.from.slice(0, 4)}-12` })),
  // Anything else a user could ask for: nested and overlapping periods, subsets of the schools.
  fc
    .record({
      a: month,
      b: month,
      schools: fc.oneof(fc.constant<'all'>('all'), fc.subarray(['a', 'b', 'c'], { minLength: 1 })),
    })
    .map(({ a, b, schools }) => ({ from: a < b ? a : b, to: a < b ? b : a, schools })),
);

function expectedRefusal(req: { from: string; to: string; schools: 'all' | readonly string[] }, today: string) {
  const year = req.from.slice(0, 4);
  if (!req.from.endsWith('-01') || req.to !== `${year}-12`) return 'period';
  if (req.to >= today) return 'unfinished';
  if (req.schools !== 'all' && new Set(req.schools).size !== Object.keys(SCHOOLS).length) return 'schools';
  return undefined;
}

const view = (r: OutsideRelease): Published => ({
  from: r.from,
  to: r.to,
  threshold: r.threshold,
  schools: r.schools.map((s) => ({ id: s.id, type: s.type })),
  sections: r.sections as unknown as Published['sections'],
});

// ---------------------------------------------------------------------------------------------

describe('the independent attacker', () => {
  /** A release of one table (activities) as the old code made it: any period, any schools, suppressed alone. */
  const handMade = (from: string, to: string, schools: { id: string; type: SchoolType }[], po: number, hidden: boolean): Published => ({
    from,
    to,
    threshold: 10,
    schools,
    sections: [
      {
        tables: [
          {
            kind: 'group',
            id: 'activities',
            rows: [
              {
                key: 'mdo',
                cells: { po: { count: po, hidden }, vo: { count: 0 }, all: { count: po, hidden } },
              },
            ],
          },
        ],
      },
    ],
  });

  it('recovers what two releases suppressed each on its own give away (the reproductions of issue 13)', () => {
    const po = [{ id: 'a', type: 'po' as const }];
    // January–June 12 and January–July 13, both published: July had exactly 1.
    const months = attack([handMade('2026-01', '2026-06', po, 12, false), handMade('2026-01', '2026-07', po, 13, false)], 40);
    expect(months).toContainEqual({ what: 'activiteit|mdo in region 1 (po)', value: 1 });
    // All schools 13, all but one 11: that school had 2, although its own release hides it.
    const two = [...po, { id: 'b', type: 'po' as const }];
    const schools = attack(
      [handMade('2026-01', '2026-12', two, 13, false), handMade('2026-01', '2026-12', po, 11, false), handMade('2026-01', '2026-12', [two[1]!], 2, true)],
      40,
    );
    expect(schools).toContainEqual({ what: 'activiteit|mdo in region 02 (po)', value: 2 });
    // One release alone hides its small cell.
    expect(attack([handMade('2026-01', '2026-12', po, 2, true)], 40)).toEqual([]);
  });

  it('recovers a hidden cell that a sum gives away, using whole numbers and non-negativity', () => {
    // Total 10 published, one part 10 published: the other part is 0 (not a leak); total 12, one part 10: the other is 2.
    const r = (other: PublishedCell): Published => ({
      from: '2026-01',
      to: '2026-12',
      threshold: 10,
      schools: [{ id: 'a', type: 'po' }],
      sections: [
        {
          tables: [
            {
              kind: 'group',
              id: 'routes',
              rows: [
                { key: 'advies', cells: { po: { count: 10 }, vo: { count: 0 }, all: { count: 10 } } },
                { key: 'begeleiding', cells: { po: other, vo: { count: 0 }, all: other } },
                { key: 'routed', total: true, cells: { po: { count: 12 }, vo: { count: 0 }, all: { count: 12 } } },
              ],
            },
          ],
        },
      ],
    });
    expect(attack([r({ count: 2, hidden: true })], 30)).toContainEqual({ what: 'release 0 routes/begeleiding/po (hidden)', value: 2 });
  });
});

describe('outside releases against differencing', () => {
  it('are made only for a whole, ended calendar year of the whole organisation', () => {
    const totals = totalsOfRegistrations([]);
    const ctx = { schoolTypes: SCHOOLS, threshold: 10, today: '2026-06', lookups };
    expect(outsideRelease(totals, { from: '2025-01', to: '2025-12', schools: 'all' }, ctx).ok).toBe(true);
    expect(outsideRelease(totals, { from: '2025-01', to: '2025-12', schools: ['c', 'b', 'a'] }, ctx).ok).toBe(true);
    expect(outsideRelease(totals, { from: '2025-01', to: '2025-06', schools: 'all' }, ctx)).toEqual({ ok: false, reason: 'period' });
    expect(outsideRelease(totals, { from: '2025-08', to: '2026-07', schools: 'all' }, ctx)).toEqual({ ok: false, reason: 'period' });
    expect(outsideRelease(totals, { from: '2026-01', to: '2026-12', schools: 'all' }, ctx)).toEqual({ ok: false, reason: 'unfinished' });
    expect(outsideRelease(totals, { from: '2025-01', to: '2025-12', schools: ['a', 'b'] }, ctx)).toEqual({ ok: false, reason: 'schools' });
  });

  it('no pair of releases, whatever periods and schools are asked for, lets the attacker pin a count below the threshold', () => {
    let pairs = 0;
    let attacked = 0;
    let hiddenCells = 0;
    let releaseMs = 0;
    let attackMs = 0;
    fc.assert(
      fc.property(
        // A few kinds of registration, each many times: counts around the threshold, not only below it.
        fc.array(fc.tuple(registration, fc.integer({ min: 1, max: 14 })), { minLength: 0, maxLength: 10 }).map((kinds) =>
          kinds.flatMap(([reg, times]) => Array.from({ length: times }, () => reg)),
        ),
        request,
        request,
        fc.constantFrom('2027-01', '2026-11'),
        fc.integer({ min: 5, max: 10 }),
        (regs, req1, req2, today, threshold) => {
          const totals = totalsOfRegistrations(regs);
          const ctx = { schoolTypes: SCHOOLS, threshold, today, lookups };
          const made = [req1, req2].map((req) => {
            const t0 = performance.now();
            const result = outsideRelease(totals, req, ctx);
            releaseMs += performance.now() - t0;
            const refusal = expectedRefusal(req, today);
            expect(result.ok ? undefined : result.reason, JSON.stringify(req)).toBe(refusal);
            return result.ok ? result : undefined;
          });
          pairs++;
          const releases = made.filter((r): r is OutsideRelease => r !== undefined).map(view);
          if (releases.length === 0) return;
          attacked++;
          hiddenCells += releases.reduce(
            (s, r) =>
              s +
              r.sections
                .flatMap((x) => x.tables)
                .filter((x) => !x.pctOnly)
                .flatMap((x) => x.rows)
                .flatMap((row) => Object.values(row.cells))
                .filter((c) => c.hidden).length,
            0,
          );
          // A bound above every true count that adds nothing: the true total would tell the attacker
          // more than it can know (6 registrations and conversations 12 would pin both contacts).
          const t1 = performance.now();
          const leaks = attack(releases, regs.length + threshold, { atMostRegistrations: false });
          attackMs += performance.now() - t1;
          expect(leaks, JSON.stringify({ req1, req2, today, threshold, leaks: leaks.slice(0, 12) })).toEqual([]);
        },
      ),
      // A fixed seed keeps CI reproducible; ATTACK_SEED=random hunts further (that found the key-figure
      // shares that gave a third group away, docs/privacy.md §5).
      { numRuns: 100, ...(process.env.ATTACK_SEED === 'random' ? {} : { seed: Number(process.env.ATTACK_SEED ?? 20261201) }) },
    );
    // The runs must have attacked real releases with hidden cells, or the property says little.
    expect(attacked).toBeGreaterThan(pairs / 4);
    expect(hiddenCells).toBeGreaterThan(50);
    console.info(`attacker: ${pairs} pairs asked, ${attacked} attacked, ${hiddenCells} hidden cells; release ${Math.round(releaseMs)} ms, attack ${Math.round(attackMs)} ms`);
  }, 600_000);
});
