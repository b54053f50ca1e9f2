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
 * - Ranks (the focus ranks 1–4 of themes and support) are computed again from the published counts
 *   only: a rank over the true largest count would say something about a hidden one (a hidden
 *   largest theme lowers every other theme's rank). Ranks of hidden counts are hidden.
 * - Rows are in a fixed order (partners by kind and name, themes in the content's order), never by
 *   their true totals: "25 / 13 / * / 12 / *" with total 65 would put the first hidden cell in [12, 13].
 * - The per-school table keeps only the columns that appear nowhere else (registrations), with
 *   PO/VO subtotals and the total, suppressed on its own; matrices without sum rules (who raised
 *   what, per contact) are left out.
 * - If the numbers break a declared sum rule (a hand-edited import), everything in that grid is hidden.
 *
 * The caller computes the report over schools of a known type only, so PO + VO = total holds.
 */
import { THEMES } from '../../machines/ids';
import { rankByShare } from './model/report';
import { publishablePct, suppress, type LinearTable, type SumRule, type SuppressOptions } from './model/suppress';
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

function hiddenGrid(table: LinearTable, threshold: number, options?: SuppressOptions): boolean[][] {
  try {
    return suppress(table, threshold, options).hidden;
  } catch {
    // The sums do not hold: publish nothing of it rather than something recomputable.
    return table.values.map((row) => row.map(() => true));
  }
}

/** 0 or at least the threshold: a count that identifies no one. */
const safe = (n: number, threshold: number) => n === 0 || n >= threshold;

/** The figure of the registrations (in the per-school table) when it joins the grid. */
export const REGISTRATIONS = 'registrations';

/** Figures that are a count of registrations with a property, so at most the registrations. */
const atMostRegistrations = (figure: string) => figure !== 'conversations' && figure !== REGISTRATIONS;

export interface FigureOptions {
  /** Registrations per group: joins the grid with "every other figure but conversations is at most this". */
  registrations?: Readonly<Record<GroupKey, number>>;
  /** Groups whose registrations the per-school table hides: hidden here too. */
  registrationsHidden?: readonly GroupKey[];
}

/**
 * The figures of all group tables as one suppressed grid: figure → group → hidden.
 *
 * With the registrations per group, the grid also knows what anyone who knows how Zorgroute
 * counts knows: a registration adds at most 1 to each column, so every figure but conversations
 * is at most the registrations (VO: 7 registrations, conversations 14 = ib + ouder, so ib = ouder
 * = 7 and PO's ib is the total's minus 7). Each such inequality is a sum rule with a slack row
 * (registrations = figure + slack) whose cells are never published and need no protection.
 *
 * A group with fewer registrations than the threshold (1 … threshold − 1) publishes only zeros:
 * every figure in it is small, and a sum over several columns that is not (6 registrations with
 * two contacts each give conversations 12) would pin its parts (ib + leerling = 12, each at most
 * 6); an attacker who sees the registrations hidden knows they are small.
 */
export function suppressFigures(
  tables: readonly GroupTable[],
  threshold: number,
  options: FigureOptions = {},
): Map<string, Record<GroupKey, { count: number; hidden: boolean }>> {
  const values = new Map<string, number[]>();
  for (const table of tables) {
    if (table.pctOnly) continue;
    for (const row of table.rows) {
      const figure = row.figure ?? `${table.id}:${row.key}`;
      if (!values.has(figure)) values.set(figure, GROUPS.map((g) => row.cells[g].count));
    }
  }
  const figures = [...values.keys()];
  const rules: RowRule[] = tables.flatMap((t) => t.rules ?? []);
  const free = new Set<string>();
  const reg = options.registrations;
  if (reg) {
    const regValues = GROUPS.map((g) => reg[g]);
    const bounded = figures.filter(atMostRegistrations);
    values.set(REGISTRATIONS, regValues);
    figures.push(REGISTRATIONS);
    for (const f of bounded) {
      const slack = values.get(f)!.map((v, j) => regValues[j]! - v);
      if (slack.some((x) => x < 0)) continue; // not counted by these rules (a hand-edited file): no such knowledge
      const row = `slack:${f}`;
      values.set(row, slack);
      figures.push(row);
      free.add(row);
      rules.push({ total: REGISTRATIONS, parts: [f, row] });
    }
  }
  const index = new Map(figures.map((f, i) => [f, i]));
  const linear: LinearTable = {
    rows: figures,
    cols: [...GROUPS],
    values: figures.map((f) => values.get(f)!),
    rowRules: rulesByIndex(rules, index),
    colRules: [{ total: 2, parts: [0, 1] }],
  };
  const small = reg ? GROUPS.filter((g) => reg[g] > 0 && reg[g] < threshold) : [];
  const forced = figures.map((f) => GROUPS.map((g) => small.includes(g) || (f === REGISTRATIONS && (options.registrationsHidden ?? []).includes(g))));
  const hidden = hiddenGrid(linear, threshold, { forced, free: figures.map((f) => GROUPS.map(() => free.has(f))) });
  return new Map(
    figures
      .filter((f) => !free.has(f))
      .map((f) => {
        const i = index.get(f)!;
        return [
          f,
          Object.fromEntries(GROUPS.map((g, j) => [g, { count: linear.values[i]![j]!, hidden: hidden[i]![j]! }])) as Record<
            GroupKey,
            { count: number; hidden: boolean }
          >,
        ];
      }),
  );
}

type Grid = ReturnType<typeof suppressFigures>;

function protectPctOnly(table: GroupTable, grid: Grid, threshold: number): GroupTable {
  return {
    ...table,
    measures: table.measures.filter((m) => m !== 'count'),
    rows: table.rows.map((row) => {
      const ok = Object.fromEntries(
        GROUPS.map((g) => {
          const c = row.cells[g];
          const base = c.base ?? 0;
          const sourcesPublished = (table.sources?.[row.key] ?? []).every((f) => grid.get(f)?.[g].hidden === false);
          return [g, sourcesPublished && base >= threshold && safe(c.count, threshold) && safe(base - c.count, threshold)];
        }),
      ) as Record<GroupKey, boolean>;
      // All groups or none: a share with a published base gives its count away, and PO + VO = all, so
      // shares in two groups give the third (parents raised by a teacher: PO 5 of 10 and all 7 of 15
      // publish VO's hidden 2, a count that no table shows).
      const all = GROUPS.every((g) => row.cells[g].pct == null || ok[g]);
      return {
        ...row,
        cells: Object.fromEntries(
          GROUPS.map((g) => {
            const c = row.cells[g];
            const shown = all && ok[g];
            const cell: Cell = { count: c.count, base: c.base ?? 0, hidden: true, pct: shown ? (c.pct ?? null) : null, pctHidden: !shown && c.pct != null };
            return [g, cell];
          }),
        ) as GroupTable['rows'][number]['cells'],
      };
    }),
  };
}

/**
 * The rows of a table in an order that does not depend on the counts: the inside version sorts
 * partners and themes by their true totals, which tells where a hidden cell lies between its
 * published neighbours. Totals stay last.
 */
export function fixedOrder(table: GroupTable): GroupTable['rows'] {
  const rows = table.rows.filter((r) => !r.total);
  const totals = table.rows.filter((r) => r.total);
  if (table.id === 'themes') {
    const at = (key: string) => {
      const i = (THEMES as readonly string[]).indexOf(key);
      return i < 0 ? THEMES.length : i;
    };
    rows.sort((a, b) => at(a.key) - at(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  } else if (table.id === 'partners') {
    // Keys are 'internal.<id>' / 'external.<id>': internal partners first, then by name.
    const kind = (key: string) => (key.startsWith('internal.') ? 0 : 1);
    rows.sort((a, b) => kind(a.key) - kind(b.key) || a.label.localeCompare(b.label, 'nl') || (a.key < b.key ? -1 : 1));
  }
  return [...rows, ...totals];
}

/** Focus ranks from the published counts of one group: the largest published count is the measure. */
export function publishedRanks(protectedRows: GroupTable['rows']): Map<string, Record<GroupKey, 1 | 2 | 3 | 4 | null>> {
  const out = new Map<string, Record<GroupKey, 1 | 2 | 3 | 4 | null>>();
  const max = Object.fromEntries(
    GROUPS.map((g) => [g, Math.max(0, ...protectedRows.filter((r) => !r.total && !r.cells[g].hidden).map((r) => r.cells[g].count))]),
  ) as Record<GroupKey, number>;
  for (const row of protectedRows) {
    out.set(
      row.key,
      Object.fromEntries(GROUPS.map((g) => [g, row.cells[g].hidden ? null : rankByShare(row.cells[g].count, max[g])])) as Record<
        GroupKey,
        1 | 2 | 3 | 4 | null
      >,
    );
  }
  return out;
}

export function protectGroupTable(table: GroupTable, grid: Grid, threshold: number): GroupTable {
  if (table.pctOnly) return protectPctOnly(table, grid, threshold);
  const protectedTable = protectGroupCells({ ...table, rows: fixedOrder(table) }, grid, threshold);
  if (!table.measures.includes('rank')) return protectedTable;
  const ranks = publishedRanks(protectedTable.rows);
  return {
    ...protectedTable,
    rows: protectedTable.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(GROUPS.map((g) => [g, { ...row.cells[g], rank: ranks.get(row.key)![g] }])) as GroupTable['rows'][number]['cells'],
    })),
  };
}

function protectGroupCells(table: GroupTable, grid: Grid, threshold: number): GroupTable {
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
          return [g, cell];
        }),
      ) as GroupTable['rows'][number]['cells'],
    })),
  };
}

/** `forcedRows`: rows to hide whole (what the figure grid hides of the same numbers). */
export function protectMatrixTable(table: MatrixTable, threshold: number, forcedRows: ReadonlySet<string> = new Set()): MatrixTable | undefined {
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
  const hidden = hiddenGrid(linear, threshold, { forced: keys.map((k) => keep.map(() => forcedRows.has(k))) });
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

/** The per-school table's rows that hold a group's registrations. */
const GROUP_ROW: Record<GroupKey, string> = { po: 'subtotal-po', vo: 'subtotal-vo', all: 'total' };

/**
 * The outside version of every section. With `registrations` per group (PO, VO, all), the
 * registrations join the figure grid (see suppressFigures), and the per-school table and the grid
 * hide the same group registrations: each is suppressed again with what the other hides until
 * neither hides more.
 */
export function protectSections(sections: readonly Section[], threshold: number, registrations?: Readonly<Record<GroupKey, number>>): ProtectedSection[] {
  const groupTables = sections.flatMap((s) => s.tables.filter((t): t is GroupTable => t.kind === 'group'));
  const matrices = new Map<MatrixTable, MatrixTable | undefined>();
  const forcedRows = new Set<string>();
  let grid: Grid;
  for (;;) {
    for (const s of sections) for (const t of s.tables) if (t.kind === 'matrix') matrices.set(t, protectMatrixTable(t, threshold, t.id === 'schools' ? forcedRows : undefined));
    const schools = [...matrices.values()].find((m) => m?.id === 'schools');
    const registrationsHidden = GROUPS.filter((g) => schools?.rows.find((r) => r.key === GROUP_ROW[g])?.cells[0]?.hidden === true);
    grid = suppressFigures(groupTables, threshold, registrations ? { registrations, registrationsHidden } : {});
    const more = GROUPS.filter((g) => grid.get(REGISTRATIONS)?.[g].hidden && !registrationsHidden.includes(g) && !forcedRows.has(GROUP_ROW[g]));
    if (more.length === 0 || !schools) break;
    for (const g of more) forcedRows.add(GROUP_ROW[g]);
  }
  return sections.map((section) => {
    const tables: Table[] = [];
    const omitted: string[] = [];
    for (const table of section.tables) {
      if (table.kind === 'group') tables.push(protectGroupTable(table, grid, threshold));
      else {
        const p = matrices.get(table);
        if (p) tables.push(p);
        else omitted.push(table.caption);
      }
    }
    return { ...section, tables, omitted };
  });
}
