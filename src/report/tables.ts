/**
 * The report as tables: one structure that the page renders (beside each chart), the CSV export
 * writes and the outside export suppresses, so what is seen, saved and shared cannot drift apart.
 * Pure: words come in through `t`, names through lookups.
 */
import type { SchoolType } from '../../machines/ids';
import type { Report } from './model/report';
import { activitiesSection } from './sections/activities';
import { sectionContext } from './sections/common';
import { contactsSection } from './sections/contacts';
import { referralsSection } from './sections/referrals';
import { schoolsSection } from './sections/schools';
import { supportSection } from './sections/support';
import { themesSection } from './sections/themes';

export type GroupKey = SchoolType | 'all';
export const GROUPS: readonly GroupKey[] = ['po', 'vo', 'all'];

export type Measure = 'count' | 'pct' | 'rank';

export interface Cell {
  count: number;
  pct?: number | null;
  rank?: number | null;
  /** The base of `pct` when it is not a row of the same table (key figures). */
  base?: number;
  /** Outside exports: the count is not published (shown as *). */
  hidden?: boolean;
  /** Outside exports: the percentage is not published. */
  pctHidden?: boolean;
}

/** A sum rule between rows of a table, by row key: total = Σ parts (in every group or column). */
export interface RowRule {
  total: string;
  parts: string[];
}

export interface GroupRow {
  key: string;
  label: string;
  /**
   * The figure this row shows, as one id across all tables (contacts' "Ouder" and support's
   * "Ondersteuning van gezinnen" are the same figure): the outside version suppresses each figure
   * once, so a number hidden in one table is hidden wherever it appears.
   */
  figure?: string;
  cells: Record<GroupKey, Cell>;
  /** A total or subtotal row (shown in bold, kept last). */
  total?: boolean;
}

/** Rows of categories; per group (PO, VO, all) the measures. */
export interface GroupTable {
  kind: 'group';
  id: string;
  caption: string;
  rowHeader: string;
  measures: Measure[];
  rows: GroupRow[];
  /** Sum rules between figures (ids as in `GroupRow.figure`): what an attacker knows besides PO + VO = all. */
  rules?: RowRule[];
  /** Row key → the figure whose count (same group) is its percentage's base. */
  pctBase?: Record<string, string>;
  /** Percentages with bases outside the table (`cell.base`): outside exports show only safe shares. */
  pctOnly?: boolean;
  /** pctOnly: row key → the figures its share is computed from (hidden when any of them is). */
  sources?: Record<string, string[]>;
}

/** Rows × columns of counts (one group): who raised what, and the figures per school. */
export interface MatrixTable {
  kind: 'matrix';
  id: string;
  caption: string;
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; cells: Cell[]; total?: boolean; group?: SchoolType }[];
  /** Show each cell's share (of its row) next to the count. */
  showPct: boolean;
  /** Sum rules between rows (row keys); tables without them are left out of outside exports. */
  rules?: RowRule[];
  /** Columns that may appear in outside exports (the others repeat figures of the group tables). */
  externalColumns?: string[];
}

export type Table = GroupTable | MatrixTable;

export interface Section {
  id: 'contacts' | 'activities' | 'referrals' | 'themes' | 'support' | 'schools';
  title: string;
  tables: Table[];
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TableLookups {
  t: Translate;
  partnerName(id: string): string;
  schoolName(id: string): string;
}

/** The measures of the table shown under each group's heading (PO, VO, all). */
export function measureLabel(t: Translate, measure: Measure): string {
  return t(`report:table.${measure}`);
}

export function groupLabel(t: Translate, group: GroupKey): string {
  return t(`report:groups.${group}`);
}

/** Every section of the seed report, in its order (MELDCODE.md §6). */
/** Every section of the seed report, in its order (MELDCODE.md §6); one builder per section in sections/. */
export function reportSections(report: Report, lookups: TableLookups): Section[] {
  const ctx = sectionContext(report, lookups);
  return [contactsSection(ctx), activitiesSection(ctx), referralsSection(ctx), themesSection(ctx), supportSection(ctx), schoolsSection(ctx)];
}
