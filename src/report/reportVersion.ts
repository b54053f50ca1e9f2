/**
 * The two versions of the report, as tables: within the organisation (exact, any period and
 * schools) and for outside it (release.ts: one ended calendar year of every school, protected).
 * Pure: the page, the print and both CSV files read the same version.
 */
import { computeReport } from './model/report';
import { outsideRelease, outsideReleaseWith, type Protect, type ReleaseContext, type ReleaseResult } from './release';
import { reportSections, type Section, type TableLookups, type Translate } from './tables';
import type { Period } from './usePeriod';
import type { ReportData } from './useReportData';
import type { SchoolChoice } from './useSchoolChoice';

export type Audience = 'internal' | 'external';

export interface ReportVersion {
  sections: (Section & { omitted?: string[] })[];
  /** registrations in the version: 0 shows "no counts" instead of tables */
  registrations: number;
  /** the schools the version covers */
  schools: SchoolChoice[];
  /** the months it covers; undefined when there is no outside version (no ended year with counts) */
  period: Period | undefined;
}

/** What the outside version is made of: the year chosen (an ended one), this month, every school. */
export interface OutsideChoice {
  year: number | undefined;
  /** the current month, 'YYYY-MM' */
  today: string;
  /** every school, chosen or not: the outside version always covers the whole organisation */
  schools: readonly SchoolChoice[];
}

/** Names for partners (the organisation's sociale kaart, else the default names) and schools. */
export function reportLookups(data: ReportData | undefined, schools: readonly SchoolChoice[], t: Translate): TableLookups {
  const kaart = data?.settings.socialeKaart;
  const names = new Map(schools.map((s) => [s.id, s.name]));
  return {
    t,
    partnerName: (id) => kaart?.services.find((s) => s.id === id)?.name ?? t(`common:partners.${id}`, { defaultValue: id }),
    schoolName: (id) => names.get(id) ?? id,
  };
}

/** What the outside release of a choice is asked for: the year, every school of known type, the threshold. */
function outsideRequest(data: ReportData, lookups: TableLookups, outside: OutsideChoice) {
  // Schools of a known type only, so PO + VO = total holds for suppression.
  const typed = outside.schools.filter((s) => s.type);
  const ctx: ReleaseContext = {
    schoolTypes: Object.fromEntries(typed.map((s) => [s.id, s.type!])),
    schoolNames: Object.fromEntries(typed.map((s) => [s.id, s.name])),
    threshold: data.settings.suppressionThreshold,
    today: outside.today,
    lookups,
  };
  const request = { from: `${outside.year}-01`, to: `${outside.year}-12`, schools: 'all' as const };
  const asVersion = (release: ReleaseResult): ReportVersion => {
    if (!release.ok) return NONE;
    const byId = new Map(typed.map((s) => [s.id, s]));
    return {
      sections: release.sections,
      registrations: release.registrations,
      schools: release.schools.map((s) => byId.get(s.id)!),
      period: { from: release.from, to: release.to },
    };
  };
  return { ctx, request, asVersion };
}

const NONE: ReportVersion = { sections: [], registrations: 0, schools: [], period: undefined };

/**
 * The outside version with its suppression done by `protect` (the page: a Worker, issue 16). The
 * same tables as reportVersion('external', …).
 */
export async function outsideVersion(data: ReportData, lookups: TableLookups, outside: OutsideChoice, protect: Protect): Promise<ReportVersion> {
  if (outside.year === undefined) return NONE;
  const { ctx, request, asVersion } = outsideRequest(data, lookups, outside);
  return asVersion(await outsideReleaseWith(data.totals, request, ctx, protect));
}

export function reportVersion(
  who: Audience,
  data: ReportData,
  chosen: readonly SchoolChoice[],
  period: Period,
  lookups: TableLookups,
  outside: OutsideChoice,
): ReportVersion {
  if (who === 'external') {
    if (outside.year === undefined) return NONE;
    const { ctx, request, asVersion } = outsideRequest(data, lookups, outside);
    return asVersion(outsideRelease(data.totals, request, ctx));
  }
  const report = computeReport(data.totals, {
    from: period.from,
    to: period.to,
    schools: chosen.map((s) => s.id),
    schoolTypes: Object.fromEntries(chosen.filter((s) => s.type).map((s) => [s.id, s.type!])),
    schoolNames: Object.fromEntries(chosen.map((s) => [s.id, s.name])),
  });
  const registrations = report.groups.all.registrations;
  // No registrations: the page says so instead of showing tables, and the internal CSV is made from the
  // counters, so the tables are not built (labelling every row was most of an empty report's render).
  return { sections: registrations > 0 ? reportSections(report, lookups) : [], registrations, schools: [...chosen], period };
}
