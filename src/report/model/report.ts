/**
 * The verantwoording computed from counter totals: pure, no React, no storage.
 *
 * computeReport sums the rows (month × school) of the chosen period and schools into one vector
 * per school, per school type (PO, VO) and for all, and derives every section of the seed report
 * (shared/seeds/003_…) from such a vector. How each figure of the seed is computed (decided here,
 * see docs/decisions.md "Counts and storage"):
 *
 * - conversations ("gesprekken") = Σ contact cells; a contact type's share is over conversations.
 * - internal staff = ib + leerkracht + professional; their shares (IB > half, teachers 33%, other
 *   professionals 15%) are over internal staff.
 * - who raised a contact: contact-via cells over that contact's count ("parents: 20% via a teacher").
 * - "questions straight from pupils" (8%) = via leerling over Σ via (questions whose origin is known).
 * - activities (child conversations, observations, meetings, MDO) are plain counts.
 * - routed = Σ route cells (registrations that reached a route: the "cases" of the seed).
 *   no referral = (routed − referrals) / routed (97%), advice sufficed = route advies / routed (39%).
 * - referrals = route intern + route extern + route veilig-thuis (MELDCODE.md §6, version 2: the seed
 *   counts a melding to Veilig Thuis among the external referrals); internal = intern, external =
 *   extern + veilig-thuis; shares are over referrals. Per partner from the verwijzing cells (intern and
 *   extern name their partner), plus Veilig Thuis with the number of meldingen. Only route cells are
 *   read for this, which every counts file has always held, so files made before version 2 give the
 *   same figures.
 * - themes: counts, and a focus rank 1–4 by the share of the largest theme (see rankByShare).
 * - support types: families = contacts with parents, expertise sharing with IB = contacts with IB,
 *   with teachers = contacts with teachers, care via referral = referrals; ranked the same way.
 */
import { ACTIVITIES, CONTACTS, FLAGS, THEMES, VIAS, type Activity, type Contact, type Flag, type PartnerKind, type SchoolType, type Theme, type Via } from '../../../machines/ids';
import { COUNTED_ROUTES, type CountedRouteId } from '../../../machines/onderling.ids';
import { parseColumn, parseRow } from '../../storage/cells';
import type { Totals } from '../../storage/counts';

export interface CountPct {
  count: number;
  /** 0–100, unrounded; null when the base is 0. */
  pct: number | null;
}

export interface RankedCount<T extends string> {
  id: T;
  count: number;
  /** Share of the base, 0–100; null when the base is 0. */
  pct: number | null;
  /** Focus rank 1 (most) – 4 (least); null when the count is 0. */
  rank: 1 | 2 | 3 | 4 | null;
}

export const SUPPORT_TYPES = ['gezinnen', 'expertisedeling-ib', 'expertisedeling-docenten', 'verwijzing'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** The partner id of Veilig Thuis in the default sociale kaart: the meldingen are shown under it. */
export const VEILIG_THUIS = 'veilig-thuis';

export interface PartnerCount {
  partner: string;
  kind: PartnerKind;
  /**
   * True for Veilig Thuis counted by its meldingen (route veilig-thuis), not by a verwijzing cell.
   * (Counts made before version 2 may also hold Veilig Thuis as a partner of route extern: that is
   * a second entry, without this mark.)
   */
  melding?: true;
  count: number;
  /** share of all referrals */
  pct: number | null;
}

/** Every figure of the report for one group of schools (one school, PO, VO or all). */
export interface Figures {
  registrations: number;
  /** Σ contacts: the conversations of the seed. */
  conversations: number;
  contacts: Record<Contact, CountPct>;
  /** IB, teachers and other professionals; pct of conversations. */
  internalStaff: CountPct & { ib: CountPct; leerkracht: CountPct; professional: CountPct };
  /** Parents and pupils ("595 ouders en 124 leerlingen, ~44% of all conversations"). */
  families: CountPct;
  /** Per contact: who raised it; pct of that contact's count. */
  raisedBy: Record<Contact, Record<Via, CountPct>>;
  /** Who raised the question; pct of Σ via. */
  via: Record<Via, CountPct>;
  viaKnown: number;
  activities: Record<Activity, number>;
  /** Registrations that reached a route. */
  routed: number;
  /** pct of routed */
  routes: Record<CountedRouteId, CountPct>;
  referrals: {
    total: number;
    /** pct of routed with no referral */
    noReferralPct: number | null;
    /** pct of routed where advice sufficed (route advies) */
    advicePct: number | null;
    /** route intern; pct of referrals */
    internal: CountPct;
    /** route extern + meldingen; pct of referrals */
    external: CountPct;
    /** route veilig-thuis: the meldingen, counted among the external referrals; pct of referrals */
    meldingen: CountPct;
    /** by count, largest first */
    partners: PartnerCount[];
  };
  /** Every theme, largest first; pct of registrations. */
  themes: RankedCount<Theme>[];
  /** The four support types in their fixed order; pct of their sum. */
  support: RankedCount<SupportType>[];
  flags: Record<Flag, number>;
}

export interface ReportSchool {
  id: string;
  name?: string;
  /** undefined when no settings or counts file says the school's type */
  type?: SchoolType;
}

export interface ReportOptions {
  /** first month, 'YYYY-MM', inclusive */
  from: string;
  /** last month, 'YYYY-MM', inclusive */
  to: string;
  /** The schools to include (ids); all schools that have counts when omitted. */
  schools?: readonly string[];
  /** School id → type, from the settings and the imported counts files. */
  schoolTypes: Readonly<Record<string, SchoolType>>;
  /** School id → name, for display only. */
  schoolNames?: Readonly<Record<string, string>>;
}

export interface Report {
  from: string;
  to: string;
  /** The schools that were selected, PO first, then VO, then unknown type; by name within. */
  schools: ReportSchool[];
  /** Months in the period that hold counts. */
  months: string[];
  /** PO and VO side by side, and all selected schools (schools of unknown type count in `all` only). */
  groups: Record<SchoolType | 'all', Figures>;
  perSchool: Record<string, Figures>;
}

/**
 * A focus rank 1–4 by the share of the largest count: rank 1 from 80% of the largest, 2 from 55%,
 * 3 from 30%, 4 below. These bounds reproduce the hand-made ranks of seed 003 for both its tables
 * (themes 292/238 → 1, 165 → 2, 94 → 3, 63/61 → 4; support 595 → 1, 465 → 2, 295 → 3, 49 → 4).
 */
export const RANK_BOUNDS = [0.8, 0.55, 0.3] as const;

export function rankByShare(count: number, max: number): 1 | 2 | 3 | 4 | null {
  if (count <= 0 || max <= 0) return null;
  const share = count / max;
  if (share >= RANK_BOUNDS[0]) return 1;
  if (share >= RANK_BOUNDS[1]) return 2;
  if (share >= RANK_BOUNDS[2]) return 3;
  return 4;
}

export const pct = (count: number, base: number): number | null => (base > 0 ? (count / base) * 100 : null);
const cp = (count: number, base: number): CountPct => ({ count, pct: pct(count, base) });

/** Rounds a percentage for display the way the seed does (half up, whole percent). */
export function roundPct(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

type Vec = Float64Array;
type Index = ReadonlyMap<string, number>;

const read = (v: Vec, index: Index, col: string): number => {
  const i = index.get(col);
  return i === undefined ? 0 : v[i]!;
};

/** All figures of one summed vector. */
export function figuresOf(v: Vec, columns: readonly string[], index: Index): Figures {
  const g = (col: string) => read(v, index, col);

  const contactCounts = Object.fromEntries(CONTACTS.map((c) => [c, g(`contact|${c}`)])) as Record<Contact, number>;
  const conversations = CONTACTS.reduce((s, c) => s + contactCounts[c], 0);
  const staff = contactCounts.ib + contactCounts.leerkracht + contactCounts.professional;
  const viaCounts = Object.fromEntries(VIAS.map((x) => [x, g(`via|${x}`)])) as Record<Via, number>;
  const viaKnown = VIAS.reduce((s, x) => s + viaCounts[x], 0);
  const routeCounts = Object.fromEntries(COUNTED_ROUTES.map((r) => [r, g(`route|${r}`)])) as Record<CountedRouteId, number>;
  const routed = COUNTED_ROUTES.reduce((s, r) => s + routeCounts[r], 0);
  const registrations = g('registratie|n');

  const partners: PartnerCount[] = [];
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i]!;
    if (v[i]! <= 0) continue;
    const parsed = parseColumn(col);
    if (parsed?.dimension !== 'verwijzing') continue;
    const [kind, partner] = parsed.pair as [PartnerKind, string];
    partners.push({ partner, kind, count: v[i]!, pct: null });
  }
  const meldingen = routeCounts['veilig-thuis'];
  if (meldingen > 0) partners.push({ partner: VEILIG_THUIS, kind: 'external', melding: true, count: meldingen, pct: null });
  const internal = routeCounts.intern;
  const external = routeCounts.extern + meldingen;
  const referrals = internal + external;
  for (const p of partners) p.pct = pct(p.count, referrals);
  partners.sort((a, b) => b.count - a.count || (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : a.melding ? -1 : 1));

  const themeCounts = THEMES.map((t) => ({ id: t, count: g(`thema|${t}`) }));
  const maxTheme = Math.max(0, ...themeCounts.map((t) => t.count));
  const themes = themeCounts
    .map((t) => ({ ...t, pct: pct(t.count, registrations), rank: rankByShare(t.count, maxTheme) }))
    .sort((a, b) => b.count - a.count || THEMES.indexOf(a.id) - THEMES.indexOf(b.id));

  const supportCounts: Record<SupportType, number> = {
    gezinnen: contactCounts.ouder,
    'expertisedeling-ib': contactCounts.ib,
    'expertisedeling-docenten': contactCounts.leerkracht,
    verwijzing: referrals,
  };
  const supportSum = SUPPORT_TYPES.reduce((s, t) => s + supportCounts[t], 0);
  const maxSupport = Math.max(0, ...SUPPORT_TYPES.map((t) => supportCounts[t]));
  const support = SUPPORT_TYPES.map((t) => ({
    id: t,
    count: supportCounts[t],
    pct: pct(supportCounts[t], supportSum),
    rank: rankByShare(supportCounts[t], maxSupport),
  }));

  return {
    registrations,
    conversations,
    contacts: Object.fromEntries(CONTACTS.map((c) => [c, cp(contactCounts[c], conversations)])) as Record<Contact, CountPct>,
    internalStaff: {
      ...cp(staff, conversations),
      ib: cp(contactCounts.ib, staff),
      leerkracht: cp(contactCounts.leerkracht, staff),
      professional: cp(contactCounts.professional, staff),
    },
    families: cp(contactCounts.ouder + contactCounts.leerling, conversations),
    raisedBy: Object.fromEntries(
      CONTACTS.map((c) => [c, Object.fromEntries(VIAS.map((x) => [x, cp(g(`contact-via|${c}.${x}`), contactCounts[c])]))]),
    ) as Record<Contact, Record<Via, CountPct>>,
    via: Object.fromEntries(VIAS.map((x) => [x, cp(viaCounts[x], viaKnown)])) as Record<Via, CountPct>,
    viaKnown,
    activities: Object.fromEntries(ACTIVITIES.map((a) => [a, g(`activiteit|${a}`)])) as Record<Activity, number>,
    routed,
    routes: Object.fromEntries(COUNTED_ROUTES.map((r) => [r, cp(routeCounts[r], routed)])) as Record<CountedRouteId, CountPct>,
    referrals: {
      total: referrals,
      noReferralPct: pct(routed - referrals, routed),
      advicePct: pct(routeCounts.advies, routed),
      internal: cp(internal, referrals),
      external: cp(external, referrals),
      meldingen: cp(meldingen, referrals),
      partners,
    },
    themes,
    support,
    flags: Object.fromEntries(FLAGS.map((f) => [f, g(`vlag|${f}`)])) as Record<Flag, number>,
  };
}

export interface PeriodSums {
  /** school id → summed counts over the period, indexed by totals.columns */
  bySchool: Map<string, Vec>;
  months: string[];
}

/** Sums the rows of the period and schools per school (the "no months" aggregation of exports). */
export function sumPeriod(totals: Totals, opts: Pick<ReportOptions, 'from' | 'to' | 'schools'>): PeriodSums {
  const width = totals.columns.length;
  const wanted = opts.schools ? new Set(opts.schools) : undefined;
  const bySchool = new Map<string, Vec>();
  const months = new Set<string>();
  for (const school of opts.schools ?? []) bySchool.set(school, new Float64Array(width));
  for (const [row, counts] of totals.rows) {
    const parsed = parseRow(row);
    if (!parsed) continue;
    // Months 'YYYY-MM' compare as strings.
    const { month, school } = parsed;
    if (month < opts.from || month > opts.to) continue;
    if (wanted && !wanted.has(school)) continue;
    let acc = bySchool.get(school);
    if (!acc) {
      acc = new Float64Array(width);
      bySchool.set(school, acc);
    }
    months.add(month);
    for (let i = 0; i < counts.length; i++) acc[i]! += counts[i]!;
  }
  return { bySchool, months: [...months].sort() };
}

const TYPE_ORDER = (t: SchoolType | undefined) => (t === 'po' ? 0 : t === 'vo' ? 1 : 2);

/** The full report over a period and a choice of schools. */
export function computeReport(totals: Totals, opts: ReportOptions): Report {
  const { bySchool, months } = sumPeriod(totals, opts);
  const width = totals.columns.length;
  const groups = { po: new Float64Array(width), vo: new Float64Array(width), all: new Float64Array(width) };
  const schools: ReportSchool[] = [];
  const perSchool: Record<string, Figures> = {};
  for (const [id, vec] of bySchool) {
    const type = opts.schoolTypes[id];
    const name = opts.schoolNames?.[id];
    schools.push({ id, ...(name ? { name } : {}), ...(type ? { type } : {}) });
    perSchool[id] = figuresOf(vec, totals.columns, totals.columnIndex);
    const targets = type ? [groups[type], groups.all] : [groups.all];
    for (const t of targets) for (let i = 0; i < width; i++) t[i]! += vec[i]!;
  }
  schools.sort((a, b) => TYPE_ORDER(a.type) - TYPE_ORDER(b.type) || (a.name ?? a.id).localeCompare(b.name ?? b.id, 'nl'));
  return {
    from: opts.from,
    to: opts.to,
    schools,
    months,
    groups: {
      po: figuresOf(groups.po, totals.columns, totals.columnIndex),
      vo: figuresOf(groups.vo, totals.columns, totals.columnIndex),
      all: figuresOf(groups.all, totals.columns, totals.columnIndex),
    },
    perSchool,
  };
}
