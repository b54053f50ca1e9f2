/**
 * The version of the report for outside the organisation. Pure.
 *
 * Tables repeat figures (contacts' "Ouder" is support's "Ondersteuning van gezinnen"; "Intern
 * verwezen" is the route intern and the sum of the internal partners), so suppressing each table
 * on its own could publish in one table what another hides. Instead every distinct figure
 * (`GroupRow.figure`) is one row of a single grid, PO × VO × total, with every sum rule the
 * tables declare plus PO + VO = total, and src/report/model/suppress.ts suppresses that grid once
 * (primary: 0 < n < threshold; secondary: until no hidden cell can be recomputed). Each table then
 * shows its rows' cells from the grid.
 *
 * - Percentages are published only when their count and base are (publishablePct).
 * - Key figures whose base lies in another table show a share only, and only when every figure it
 *   is computed from is published, the base is at least the threshold, and the count and the rest
 *   (base − count) are each 0 or at least the threshold: "97% needed no referral" of 100 would
 *   otherwise give away 3 referrals.
 * - Ranks of hidden counts are hidden.
 * - The per-school table keeps only the columns that appear nowhere else (registrations), with
 *   PO/VO subtotals and the total, suppressed on its own; matrices without sum rules (who raised
 *   what, per contact) are left out.
 * - If the numbers break a declared sum rule (a hand-edited import), everything in that grid is hidden.
 *
 * The caller computes the report over schools of a known type only, so PO + VO = total holds.
 */
import { publishablePct, suppress, type LinearTable, type SumRule } from './model/suppress';
import { GROUPS, type Cell, type GroupKey, type GroupTable, type MatrixTable, type RowRule, type Section, type Table } from './tables';

const figureOf = (table: GroupTable, key: string) => table.rows.find((r) => r.key === key)?.figure ?? `${table.id}:${key}`;

function rulesByIndex(rules: readonly RowRule[], index: ReadonlyMap<string, number>): SumRule[] {
  const out: SumRule[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const total = index.get(rule.total);
    const parts = rule.parts.map((p) => index.get(p));
    if (total === undefined || parts.some((p) => p === undefined)) continue;
    const id = `${total}=${[...parts].sort().join('+')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ total, parts: parts as number[] });
  }
  return out;
}

function hiddenGrid(table: LinearTable, threshold: number): boolean[][] {
  try {
    return suppress(table, threshold).hidden;
  } catch {
    // The sums do not hold: publish nothing of it rather than something recomputable.
    return table.values.map((row) => row.map(() => true));
  }
}

/** 0 or at least the threshold: a count that identifies no one. */
const safe = (n: number, threshold: number) => n === 0 || n >= threshold;

/** The figures of all group tables as one suppressed grid: figure → group → hidden. */
export function suppressFigures(tables: readonly GroupTable[], threshold: number): Map<string, Record<GroupKey, { count: number; hidden: boolean }>> {
  const values = new Map<string, number[]>();
  for (const table of tables) {
    if (table.pctOnly) continue;
    for (const row of table.rows) {
      const figure = row.figure ?? `${table.id}:${row.key}`;
      if (!values.has(figure)) values.set(figure, GROUPS.map((g) => row.cells[g].count));
    }
  }
  const figures = [...values.keys()];
  const index = new Map(figures.map((f, i) => [f, i]));
  const linear: LinearTable = {
    rows: figures,
    cols: [...GROUPS],
    values: figures.map((f) => values.get(f)!),
    rowRules: rulesByIndex(
      tables.flatMap((t) => t.rules ?? []),
      index,
    ),
    colRules: [{ total: 2, parts: [0, 1] }],
  };
  const hidden = hiddenGrid(linear, threshold);
  return new Map(
    figures.map((f, i) => [
      f,
      Object.fromEntries(GROUPS.map((g, j) => [g, { count: linear.values[i]![j]!, hidden: hidden[i]![j]! }])) as Record<
        GroupKey,
        { count: number; hidden: boolean }
      >,
    ]),
  );
}

type Grid = ReturnType<typeof suppressFigures>;

function protectPctOnly(table: GroupTable, grid: Grid, threshold: number): GroupTable {
  return {
    ...table,
    measures: table.measures.filter((m) => m !== 'count'),
    rows: table.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(
        GROUPS.map((g) => {
          const c = row.cells[g];
          const base = c.base ?? 0;
          const sourcesPublished = (table.sources?.[row.key] ?? []).every((f) => grid.get(f)?.[g].hidden === false);
          const ok = sourcesPublished && base >= threshold && safe(c.count, threshold) && safe(base - c.count, threshold);
          const cell: Cell = { count: c.count, base, hidden: true, pct: ok ? (c.pct ?? null) : null, pctHidden: !ok && c.pct != null };
          return [g, cell];
        }),
      ) as GroupTable['rows'][number]['cells'],
    })),
  };
}

export function protectGroupTable(table: GroupTable, grid: Grid, threshold: number): GroupTable {
  if (table.pctOnly) return protectPctOnly(table, grid, threshold);
  return {
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(
        GROUPS.map((g) => {
          const c = row.cells[g];
          const own = grid.get(figureOf(table, row.key))?.[g];
          const isHidden = own?.hidden ?? true;
          const cell: Cell = { count: c.count, hidden: isHidden };
          if (c.pct !== undefined) {
            const baseFigure = table.pctBase?.[row.key];
            const base = baseFigure === undefined ? undefined : grid.get(baseFigure)?.[g];
            const pct = base === undefined ? null : publishablePct(c.count, base.count, isHidden, base.hidden, threshold);
            cell.pct = pct;
            cell.pctHidden = pct === null && c.pct !== null;
          }
          if (c.rank !== undefined) cell.rank = isHidden ? null : c.rank;
          return [g, cell];
        }),
      ) as GroupTable['rows'][number]['cells'],
    })),
  };
}

export function protectMatrixTable(table: MatrixTable, threshold: number): MatrixTable | undefined {
  if (!table.rules || table.rules.length === 0) return undefined;
  const keep = table.columns.map((c, j) => ({ c, j })).filter(({ c }) => !table.externalColumns || table.externalColumns.includes(c.key));
  if (keep.length === 0) return undefined;
  const keys = table.rows.map((r) => r.key);
  const linear: LinearTable = {
    rows: keys,
    cols: keep.map(({ c }) => c.key),
    values: table.rows.map((r) => keep.map(({ j }) => r.cells[j]!.count)),
    rowRules: rulesByIndex(table.rules, new Map(keys.map((k, i) => [k, i]))),
    colRules: [],
  };
  const hidden = hiddenGrid(linear, threshold);
  return {
    ...table,
    showPct: false,
    columns: keep.map(({ c }) => c),
    rows: table.rows.map((row, i) => ({ ...row, cells: keep.map(({ j }, n) => ({ count: row.cells[j]!.count, hidden: hidden[i]![n]! })) })),
  };
}

export interface ProtectedSection extends Section {
  /** Captions of tables left out of this version. */
  omitted: string[];
}

/** The outside version of every section. */
export function protectSections(sections: readonly Section[], threshold: number): ProtectedSection[] {
  const groupTables = sections.flatMap((s) => s.tables.filter((t): t is GroupTable => t.kind === 'group'));
  const grid = suppressFigures(groupTables, threshold);
  return sections.map((section) => {
    const tables: Table[] = [];
    const omitted: string[] = [];
    for (const table of section.tables) {
      if (table.kind === 'group') tables.push(protectGroupTable(table, grid, threshold));
      else {
        const p = protectMatrixTable(table, threshold);
        if (p) tables.push(p);
        else omitted.push(table.caption);
      }
    }
    return { ...section, tables, omitted };
  });
}
