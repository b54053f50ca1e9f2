/**
 * The one way to make a release for outside the organisation (the municipality, a funder). Pure.
 *
 * Each release is suppressed on its own (protect.ts), and suppression alone does not survive
 * differencing: January–June and January–July, both published, give July by subtraction; all
 * schools and all but one give that one school. So outside releases come only on a fixed grid
 * (docs/privacy.md §5, docs/decisions.md "Outside releases on a fixed grid"):
 *
 * - the period is one whole calendar year, January–December, and only once it has ended (a year
 *   still running would be the "January–June vs January–July" pair again, month by month);
 * - the schools are always the whole organisation: every school whose type (PO/VO) is known, with
 *   PO, VO and the total side by side in one jointly suppressed grid.
 *
 * Two such releases are either the same cells or disjoint ones (different years), so none can be
 * subtracted from another; what is left is each release's own suppression. Anything else is
 * refused with a reason the page can explain.
 */
import type { SchoolType } from '../../machines/ids';
import type { Totals } from '../storage/counts';
import { computeReport } from './model/report';
import { MIN_THRESHOLD } from './model/suppress';
import { protectSections, type ProtectedSection } from './protect';
import { reportSections, type GroupKey, type Section, type TableLookups } from './tables';

export interface ReleaseRequest {
  /** first month, 'YYYY-MM' */
  from: string;
  /** last month, 'YYYY-MM' */
  to: string;
  /** 'all' (the whole organisation) or a list of school ids, which must be the whole organisation */
  schools: 'all' | readonly string[];
}

export interface ReleaseContext {
  /** School id → type, from the settings and the imported counts files: the organisation. */
  schoolTypes: Readonly<Record<string, SchoolType>>;
  schoolNames?: Readonly<Record<string, string>>;
  /** The organisation's threshold; never below MIN_THRESHOLD. */
  threshold: number;
  /** The current month, 'YYYY-MM': a year may be released once it has ended. */
  today: string;
  lookups: TableLookups;
}

/** Why a request is not a release: not a whole calendar year, a year not yet ended, not every school. */
export type ReleaseRefusal = 'period' | 'unfinished' | 'schools';

export interface OutsideRelease {
  ok: true;
  year: number;
  from: string;
  to: string;
  /** The schools included (every school of known type), PO first, then by name. */
  schools: { id: string; name?: string; type: SchoolType }[];
  threshold: number;
  /** Registrations in the release (0: nothing to show). Internal use only: it is the unsuppressed total. */
  registrations: number;
  sections: ProtectedSection[];
}

export type ReleaseResult = OutsideRelease | { ok: false; reason: ReleaseRefusal };

/**
 * A release before its suppression: the tables in full and what protectSections needs besides. Only
 * counts and category names (the counters hold nothing else), so it may be sent to a Worker as is.
 */
export interface ReleasePlan extends Omit<OutsideRelease, 'sections'> {
  sections: Section[];
  /** registrations per group, which join the suppressed grid */
  groups: Record<GroupKey, number>;
}

/** Suppresses a plan's sections: protectSections in-process, or the same function in a Worker. */
export type Protect = (sections: Section[], threshold: number, groups: Record<GroupKey, number>) => Promise<ProtectedSection[]>;

const YEAR = /^(\d{4})-01$/;

/** The calendar year a request covers exactly, or undefined. */
export function wholeYear(from: string, to: string): number | undefined {
  const m = YEAR.exec(from);
  if (!m || to !== `${m[1]}-12`) return undefined;
  return Number(m[1]);
}

/** Years that may be released today: ended calendar years that hold counts, newest first. */
export function releasableYears(totals: Totals, today: string): number[] {
  const current = Number(today.slice(0, 4));
  const years = new Set<number>();
  for (const row of totals.rows.keys()) {
    const year = Number(row.slice(0, 4));
    if (year < current) years.add(year);
  }
  return [...years].sort((a, b) => b - a);
}

/** The release a request asks for, before its suppression (cheap), or why there is none. */
export function planRelease(totals: Totals, request: ReleaseRequest, ctx: ReleaseContext): ReleasePlan | { ok: false; reason: ReleaseRefusal } {
  const year = wholeYear(request.from, request.to);
  if (year === undefined) return { ok: false, reason: 'period' };
  if (`${year}-12` >= ctx.today) return { ok: false, reason: 'unfinished' };
  const organisation = Object.keys(ctx.schoolTypes).sort();
  if (request.schools !== 'all') {
    const asked = [...new Set(request.schools)].sort();
    if (asked.length !== organisation.length || asked.some((id, i) => id !== organisation[i])) return { ok: false, reason: 'schools' };
  }
  const threshold = Math.max(MIN_THRESHOLD, ctx.threshold);
  const report = computeReport(totals, {
    from: request.from,
    to: request.to,
    schools: organisation,
    schoolTypes: ctx.schoolTypes,
    ...(ctx.schoolNames ? { schoolNames: ctx.schoolNames } : {}),
  });
  return {
    ok: true,
    year,
    from: request.from,
    to: request.to,
    schools: report.schools.map((s) => ({ id: s.id, ...(s.name ? { name: s.name } : {}), type: s.type! })),
    threshold,
    registrations: report.groups.all.registrations,
    sections: reportSections(report, ctx.lookups),
    groups: {
      po: report.groups.po.registrations,
      vo: report.groups.vo.registrations,
      all: report.groups.all.registrations,
    },
  };
}

function released({ sections: _unprotected, groups: _groups, ...plan }: ReleasePlan, sections: ProtectedSection[]): OutsideRelease {
  return { ...plan, sections };
}

/** The outside release for a request, or why there is none. */
export function outsideRelease(totals: Totals, request: ReleaseRequest, ctx: ReleaseContext): ReleaseResult {
  const plan = planRelease(totals, request, ctx);
  if (!plan.ok) return plan;
  return released(plan, protectSections(plan.sections, plan.threshold, plan.groups));
}

/**
 * The same release with the suppression done by `protect` (the page passes a Worker's: on a year of
 * three schools it was one task of 1.7 s on the page's thread, issue 16).
 */
export async function outsideReleaseWith(totals: Totals, request: ReleaseRequest, ctx: ReleaseContext, protect: Protect): Promise<ReleaseResult> {
  const plan = planRelease(totals, request, ctx);
  if (!plan.ok) return plan;
  return released(plan, await protect(plan.sections, plan.threshold, plan.groups));
}
