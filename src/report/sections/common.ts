/**
 * What every section builder shares: the lookups and the words of the report (t), and a cell per
 * group (PO, VO, all) read from the figures. Pure.
 */
import type { Figures, Report } from '../model/report';
import type { Cell, GroupKey, TableLookups, Translate } from '../tables';

export interface SectionContext extends TableLookups {
  report: Report;
  /** 'dimensions:<d>.<v>': the name of a category */
  dim(d: string, v: string): string;
  /** 'report:<key>' */
  k(key: string, options?: Record<string, unknown>): string;
}

export function sectionContext(report: Report, lookups: TableLookups): SectionContext {
  const t: Translate = lookups.t;
  return {
    ...lookups,
    report,
    dim: (d, v) => t(`dimensions:${d}.${v}`),
    k: (key, options) => (options ? t(`report:${key}`, options) : t(`report:${key}`)),
  };
}

/** A row's cells: the same reading of PO's, VO's and all figures. */
export const cellsOf = (report: Report, read: (f: Figures) => Cell): Record<GroupKey, Cell> => ({
  po: read(report.groups.po),
  vo: read(report.groups.vo),
  all: read(report.groups.all),
});
