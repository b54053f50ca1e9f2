/**
 * The two versions of the report, as tables: within the organisation (exact, any period and
 * schools) and for outside it (release.ts: one ended calendar year of every school, protected).
 * Pure: the page, the print and both CSV files read the same version.
 */
import { computeReport } from './model/report';
import { outsideRelease } from './release';
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

export function reportVersion(
  who: Audience,
  data: ReportData,
  chosen: readonly SchoolChoice[],
  period: Period,
  lookups: TableLookups,
  outside: OutsideChoice,
): ReportVersion {
  if (who === 'external') {
    // Schools of a known type only, so PO + VO = total holds for suppression.
    const typed = outside.schools.filter((s) => s.type);
    const none: ReportVersion = { sections: [], registrations: 0, schools: [], period: undefined };
    if (outside.year === undefined) return none;
    const release = outsideRelease(
      data.totals,
      { from: `${outside.year}-01`, to: `${outside.year}-12`, schools: 'all' },
      {
        schoolTypes: Object.fromEntries(typed.map((s) => [s.id, s.type!])),
        schoolNames: Object.fromEntries(typed.map((s) => [s.id, s.name])),
        threshold: data.settings.suppressionThreshold,
        today: outside.today,
        lookups,
      },
    );
    if (!release.ok) return none;
    const byId = new Map(typed.map((s) => [s.id, s]));
    return {
      sections: release.sections,
      registrations: release.registrations,
      schools: release.schools.map((s) => byId.get(s.id)!),
      period: { from: release.from, to: release.to },
    };
  }
  const report = computeReport(data.totals, {
    from: period.from,
    to: period.to,
    schools: chosen.map((s) => s.id),
    schoolTypes: Object.fromEntries(chosen.filter((s) => s.type).map((s) => [s.id, s.type!])),
    schoolNames: Object.fromEntries(chosen.map((s) => [s.id, s.name])),
  });
  return { sections: reportSections(report, lookups), registrations: report.groups.all.registrations, schools: [...chosen], period };
}
