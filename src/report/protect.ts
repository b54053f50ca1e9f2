/**
 * The version of the report for outside the organisation: every table suppressed on its own with
 * src/report/model/suppress.ts (primary: 0 < n < threshold; secondary: until no hidden cell can be
 * recomputed from the sum rules the table declares plus PO + VO = total). Pure.
 *
 * - Percentages are published only when their count and base are (publishablePct).
 * - Key figures whose base lies in another table show a share only, and only when the count and
 *   the rest of the base (base − count) are each 0 or at least the threshold, and the base is at
 *   least the threshold: "97% needed no referral" of 100 would otherwise give away 3 referrals.
 * - Ranks of hidden counts are hidden.
 * - A matrix without sum rules (who raised what, per contact) is left out.
 * - If a table's numbers break its own sum rules (a hand-edited import), everything in it is hidden.
 *
 * The caller computes the report over schools of a known type only, so PO + VO = total holds.
 */
import { publishablePct, suppress, type LinearTable, type SumRule } from './model/suppress';
import { GROUPS, type Cell, type GroupTable, type MatrixTable, type RowRule, type Section, type Table } from './tables';

function rulesByIndex(rules: readonly RowRule[] | undefined, keys: readonly string[]): SumRule[] {
  const index = new Map(keys.map((k, i) => [k, i]));
  const out: SumRule[] = [];
  for (const rule of rules ?? []) {
    const total = index.get(rule.total);
    const parts = rule.parts.map((p) => index.get(p));
    if (total === undefined || parts.some((p) => p === undefined)) continue;
    out.push({ total, parts: parts as number[] });
  }
  return out;
}

function hiddenGrid(table: LinearTable, threshold: number): boolean[][] {
  try {
    return suppress(table, threshold).hidden;
  } catch {
    return table.values.map((row) => row.map(() => true));
  }
}

/** 0 or at least the threshold: a count that identifies no one. */
const safe = (n: number, threshold: number) => n === 0 || n >= threshold;

export function protectGroupTable(table: GroupTable, threshold: number): GroupTable {
  if (table.pctOnly) {
    return {
      ...table,
      measures: table.measures.filter((m) => m !== 'count'),
      rows: table.rows.map((row) => ({
        ...row,
        cells: Object.fromEntries(
          GROUPS.map((g) => {
            const c = row.cells[g];
            const base = c.base ?? 0;
            const ok = base >= threshold && safe(c.count, threshold) && safe(base - c.count, threshold);
            const cell: Cell = { count: c.count, hidden: true, pct: ok ? (c.pct ?? null) : null, pctHidden: !ok && c.pct != null };
            return [g, cell];
          }),
        ) as GroupTable['rows'][number]['cells'],
      })),
    };
  }
  const keys = table.rows.map((r) => r.key);
  const linear: LinearTable = {
    rows: keys,
    cols: [...GROUPS],
    values: table.rows.map((r) => GROUPS.map((g) => r.cells[g].count)),
    rowRules: rulesByIndex(table.rules, keys),
    // all = PO + VO
    colRules: [{ total: 2, parts: [0, 1] }],
  };
  const hidden = hiddenGrid(linear, threshold);
  const rowIndex = new Map(keys.map((k, i) => [k, i]));
  return {
    ...table,
    rows: table.rows.map((row, i) => ({
      ...row,
      cells: Object.fromEntries(
        GROUPS.map((g, j) => {
          const c = row.cells[g];
          const isHidden = hidden[i]![j]!;
          const cell: Cell = { count: c.count, hidden: isHidden };
          if (c.pct !== undefined) {
            const baseKey = table.pctBase?.[row.key];
            const b = baseKey === undefined ? undefined : rowIndex.get(baseKey);
            const pct =
              b === undefined ? null : publishablePct(c.count, table.rows[b]!.cells[g].count, isHidden, hidden[b]![j]!, threshold);
            cell.pct = pct;
            cell.pctHidden = pct === null && c.pct !== null;
          }
          if (c.rank !== undefined) {
            cell.rank = isHidden ? null : c.rank;
          }
          return [g, cell];
        }),
      ) as GroupTable['rows'][number]['cells'],
    })),
  };
}

export function protectMatrixTable(table: MatrixTable, threshold: number): MatrixTable | undefined {
  if (!table.rules || table.rules.length === 0) return undefined;
  const keys = table.rows.map((r) => r.key);
  const linear: LinearTable = {
    rows: keys,
    cols: table.columns.map((c) => c.key),
    values: table.rows.map((r) => r.cells.map((c) => c.count)),
    rowRules: rulesByIndex(table.rules, keys),
    colRules: [],
  };
  const hidden = hiddenGrid(linear, threshold);
  return {
    ...table,
    showPct: false,
    rows: table.rows.map((row, i) => ({ ...row, cells: row.cells.map((c, j) => ({ count: c.count, hidden: hidden[i]![j]! })) })),
  };
}

export interface ProtectedSection extends Section {
  /** Captions of tables left out of this version. */
  omitted: string[];
}

/** The outside version of every section. */
export function protectSections(sections: readonly Section[], threshold: number): ProtectedSection[] {
  return sections.map((section) => {
    const tables: Table[] = [];
    const omitted: string[] = [];
    for (const table of section.tables) {
      if (table.kind === 'group') tables.push(protectGroupTable(table, threshold));
      else {
        const p = protectMatrixTable(table, threshold);
        if (p) tables.push(p);
        else omitted.push(table.caption);
      }
    }
    return { ...section, tables, omitted };
  });
}
