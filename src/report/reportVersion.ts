/**
 * The two versions of the report, as tables: within the organisation (exact) and for outside it
 * (protected, protect.ts). Pure: the page, the print and both CSV files read the same version.
 */
import { computeReport } from './model/report';
import { protectSections } from './protect';
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

export function reportVersion(who: Audience, data: ReportData, chosen: readonly SchoolChoice[], period: Period, lookups: TableLookups): ReportVersion {
  // The outside version counts schools of a known type only, so PO + VO = total holds for suppression.
  const list = who === 'external' ? chosen.filter((s) => s.type) : [...chosen];
  const report = computeReport(data.totals, {
    from: period.from,
    to: period.to,
    schools: list.map((s) => s.id),
    schoolTypes: Object.fromEntries(list.filter((s) => s.type).map((s) => [s.id, s.type!])),
    schoolNames: Object.fromEntries(list.map((s) => [s.id, s.name])),
  });
  const sections = reportSections(report, lookups);
  return {
    sections: who === 'external' ? protectSections(sections, data.settings.suppressionThreshold) : sections,
    registrations: report.groups.all.registrations,
    schools: list,
  };
}
