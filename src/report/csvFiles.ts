/**
 * The two CSV files of the report page, assembled from what the page shows: the header lines (the
 * same for both), then the protected tables (outside) or every counter per month and school
 * (within). Pure; csv.ts writes them.
 */
import { CONTENT_VERSION } from '../../content/version';
import { parseColumn } from '../storage/cells';
import { internalCsv, reportCsv } from './csv';
import type { Audience, ReportVersion } from './reportVersion';
import type { TableLookups } from './tables';
import type { Period } from './usePeriod';
import type { ReportData } from './useReportData';
import type { SchoolChoice } from './useSchoolChoice';

/** 'contact|ouder' → "Ouder": the words of a counter column (the internal CSV lists the counters' own columns). */
export function columnLabel(col: string, { t, partnerName }: Pick<TableLookups, 't' | 'partnerName'>): string {
  const parsed = parseColumn(col);
  if (!parsed) return col;
  const { dimension, value } = parsed;
  const [a = '', b = ''] = parsed.pair ?? [];
  switch (dimension) {
    case 'registratie':
      return t('report:schools.registrations');
    case 'contact-via':
      return `${t(`dimensions:contact.${a}`)} ← ${t(`dimensions:via.${b}`)}`;
    case 'verwijzing':
      return `${partnerName(b)} (${t(`common:partnerKinds.${a}`)})`;
    case 'vlag':
      return t(`dimensions:flag.${value}`);
    default:
      return t(`dimensions:${dimension}.${value}`, { defaultValue: col });
  }
}

export interface CsvInput {
  data: ReportData;
  /** the period in words */
  periodText(period: Period | undefined): string;
  /** the version of the report the file is of (the audience's) */
  built: ReportVersion;
  /** the suppression rule of each audience, in words */
  ruleText(who: Audience): string;
  lookups: TableLookups;
}

export function csvFile(who: Audience, { data, periodText, built, ruleText, lookups }: CsvInput): { text: string; filename: string } {
  const { t } = lookups;
  // The version's own months: the outside version covers its release year, whatever the month fields say.
  const period = built.period ?? { from: '', to: '' };
  const filename = `zorgroute-verantwoording-${period.from}-${period.to}-${who === 'external' ? 'extern' : 'intern'}.csv`;
  const header: [string, string][] = [
    [t('report:csv.title'), data.settings.organisation || t('common:app.name')],
    [t('report:period'), periodText(built.period)],
    [t('report:contentVersion'), CONTENT_VERSION],
    [t('report:schoolsIncluded'), built.schools.map((s) => s.name).join(', ')],
    [t('report:version'), t(`report:audience.${who}`)],
    [t('report:csv.version'), ruleText(who)],
  ];
  if (who === 'external') return { filename, text: reportCsv(built.sections, { header }, t) };
  // Within the organisation: every counter of the period per month and school (for pivot tables).
  const schools: readonly SchoolChoice[] = built.schools;
  const text = internalCsv(
    data.totals,
    { header },
    {
      from: period.from,
      to: period.to,
      schools: schools.map((s) => s.id),
      schoolTypes: Object.fromEntries(schools.filter((s) => s.type).map((s) => [s.id, s.type!])),
      schoolNames: Object.fromEntries(schools.map((s) => [s.id, s.name])),
      label: (col) => columnLabel(col, lookups),
    },
    t,
  );
  return { filename, text };
}
