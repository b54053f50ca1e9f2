/**
 * Exports of the verantwoording as CSV. Pure: the caller passes the totals, the period, the
 * schools and (optionally) a label function (i18next's t) and gets text to save.
 *
 * - internalCsv: for the organisation itself: every non-zero cell per month and school.
 * - externalTables / externalCsv: for outside the organisation (municipality, funders):
 *   aggregated to the chosen period (no months), one table per dimension with the schools, PO and
 *   VO subtotals and a total as columns, small cells suppressed (suppress.ts, default threshold 10,
 *   down to 5), percentages only over a published base of at least the threshold.
 *
 * Tables that share a relation are suppressed together: the referrals per partner are rows of
 * the routes table, tied to route intern/extern by sum rules, so a published partner row can never
 * give away a hidden route cell. Dimensions in different tables are not exact sums of each other
 * (a registration may have several contacts, themes or activities), so each is protected alone.
 */
import { ACTIVITIES, CONTACTS, FLAGS, ROUTES, THEMES, VIAS, type SchoolType } from '../../../machines/ids';
import { parseColumn, parseRow } from '../../storage/cells';
import type { Totals } from '../../storage/counts';
import { formatPct, toCsv, type CsvValue } from './csv';
import { sumPeriod, type ReportOptions } from './report';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD, checkRules, suppress, type LinearTable, type SumRule } from './suppress';

export const TOTAL = 'totaal';

export interface PublishedTable {
  /** the dimension: registratie, contact, contact-via, via, activiteit, thema, route, vlag */
  id: string;
  /** row ids: column ids of the counters ('contact|ouder'), or 'totaal' */
  rows: string[];
  /** school ids, then 'po', 'vo', (schools of unknown type), 'totaal' */
  cols: string[];
  /** null = suppressed */
  cells: (number | null)[][];
  /** share of the column's total row, 0–100, when the table has one and both are published */
  pcts: (number | null)[][] | null;
}

export interface ExternalOptions extends ReportOptions {
  /** default 10; never below 5 */
  threshold?: number;
  /** publish a column per school (default true); otherwise PO, VO and total only */
  perSchool?: boolean;
}

interface RowSpec {
  id: string;
  rows: string[];
  rowRules: SumRule[];
  /** whether row shares (of the total row) are meaningful */
  shares: boolean;
}

function specs(partnerRows: { internal: string[]; external: string[] }): RowSpec[] {
  const withTotal = (id: string, rows: string[]): RowSpec => ({
    id,
    rows: [...rows, TOTAL],
    rowRules: [{ total: rows.length, parts: rows.map((_, i) => i) }],
    shares: true,
  });
  const routeRows = ROUTES.map((r) => `route|${r}`);
  const rows = [...routeRows, TOTAL, ...partnerRows.internal, ...partnerRows.external];
  const at = (id: string) => rows.indexOf(id);
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  const firstInternal = routeRows.length + 1;
  const routeRules: SumRule[] = [{ total: at(TOTAL), parts: range(0, routeRows.length) }];
  if (partnerRows.internal.length > 0) routeRules.push({ total: at('route|intern'), parts: range(firstInternal, partnerRows.internal.length) });
  if (partnerRows.external.length > 0)
    routeRules.push({ total: at('route|extern'), parts: range(firstInternal + partnerRows.internal.length, partnerRows.external.length) });
  return [
    { id: 'registratie', rows: ['registratie|n'], rowRules: [], shares: false },
    withTotal('contact', CONTACTS.map((c) => `contact|${c}`)),
    withTotal('contact-via', CONTACTS.flatMap((c) => VIAS.map((v) => `contact-via|${c}.${v}`))),
    withTotal('via', VIAS.map((v) => `via|${v}`)),
    withTotal('activiteit', ACTIVITIES.map((a) => `activiteit|${a}`)),
    withTotal('thema', THEMES.map((t) => `thema|${t}`)),
    { id: 'route', rows, rowRules: routeRules, shares: true },
    { id: 'vlag', rows: FLAGS.map((f) => `vlag|${f}`), rowRules: [], shares: false },
  ];
}

/** The period's tables for outside the organisation, suppressed. */
export function externalTables(totals: Totals, opts: ExternalOptions): PublishedTable[] {
  return suppressedTables(totals, opts).map((t) => t.published);
}

/**
 * The tables with their unsuppressed source and the hidden mask: for tests that attack the
 * published tables. Never show `source` outside the organisation.
 */
export function suppressedTables(
  totals: Totals,
  opts: ExternalOptions,
): { published: PublishedTable; source: LinearTable; hidden: boolean[][] }[] {
  const threshold = Math.max(MIN_THRESHOLD, opts.threshold ?? DEFAULT_THRESHOLD);
  const { bySchool } = sumPeriod(totals, opts);
  const typeOf = (id: string): SchoolType | undefined => opts.schoolTypes[id];
  const name = (id: string) => opts.schoolNames?.[id] ?? id;
  const byName = (a: string, b: string) => name(a).localeCompare(name(b), 'nl');
  const ids = [...bySchool.keys()];
  const po = ids.filter((id) => typeOf(id) === 'po').sort(byName);
  const vo = ids.filter((id) => typeOf(id) === 'vo').sort(byName);
  const other = ids.filter((id) => !typeOf(id)).sort(byName);

  // Columns: the schools and their groups; every column is a vector over the counter columns.
  const perSchool = opts.perSchool ?? true;
  const cols: string[] = [];
  const vectors: Float64Array[] = [];
  const width = totals.columns.length;
  const sumOf = (list: string[]) => {
    const v = new Float64Array(width);
    for (const id of list) {
      const s = bySchool.get(id)!;
      for (let i = 0; i < width; i++) v[i]! += s[i]!;
    }
    return v;
  };
  const colRules: SumRule[] = [];
  const groupCol = (label: string, members: string[]) => {
    const parts: number[] = [];
    if (perSchool)
      for (const id of members) {
        parts.push(cols.length);
        cols.push(id);
        vectors.push(bySchool.get(id)!);
      }
    const at = cols.length;
    cols.push(label);
    vectors.push(sumOf(members));
    if (perSchool) colRules.push({ total: at, parts });
    return at;
  };
  const poCol = groupCol('po', po);
  const voCol = groupCol('vo', vo);
  const otherCols: number[] = [];
  if (other.length > 0) {
    if (perSchool)
      for (const id of other) {
        otherCols.push(cols.length);
        cols.push(id);
        vectors.push(bySchool.get(id)!);
      }
    else {
      otherCols.push(cols.length);
      cols.push('overig');
      vectors.push(sumOf(other));
    }
  }
  const totalCol = cols.length;
  cols.push(TOTAL);
  vectors.push(sumOf(ids));
  colRules.push({ total: totalCol, parts: [poCol, voCol, ...otherCols] });

  const valueOf = (col: number, row: string): number => {
    if (row === TOTAL) return NaN; // filled from the rules below
    const i = totals.columnIndex.get(row);
    return i === undefined ? 0 : vectors[col]![i]!;
  };

  // Partners that occur in the selection, by kind.
  const partnerRows = { internal: [] as string[], external: [] as string[] };
  const all = vectors[totalCol]!;
  totals.columns.forEach((c, i) => {
    if (!c.startsWith('verwijzing|') || all[i]! <= 0) return;
    (c.startsWith('verwijzing|internal.') ? partnerRows.internal : partnerRows.external).push(c);
  });
  partnerRows.internal.sort();
  partnerRows.external.sort();

  const out: { published: PublishedTable; source: LinearTable; hidden: boolean[][] }[] = [];
  for (const spec of specs(partnerRows)) {
    let table = build(spec);
    try {
      checkRules(table);
    } catch {
      // Imported counts whose referrals do not add up to their routes: publish routes alone.
      if (spec.id !== 'route') throw new Error(`table ${spec.id} does not add up`);
      table = build(specs({ internal: [], external: [] }).find((s) => s.id === 'route')!);
    }
    const { hidden } = suppress(table, threshold);
    const cells = table.values.map((row, i) => row.map((v, j) => (hidden[i]![j] ? null : v)));
    const totalRow = table.rows.indexOf(TOTAL);
    const pcts =
      spec.shares && totalRow >= 0
        ? cells.map((row) =>
            row.map((v, j) => {
              const base = cells[totalRow]![j];
              return v === null || base === null || base === undefined || base < threshold ? null : (v / base) * 100;
            }),
          )
        : null;
    out.push({ published: { id: spec.id, rows: table.rows, cols, cells, pcts }, source: table, hidden });
  }
  return out;

  function build(spec: RowSpec): LinearTable {
    const values = spec.rows.map((row) => cols.map((_, j) => valueOf(j, row)));
    for (const rule of spec.rowRules)
      for (let j = 0; j < cols.length; j++) {
        if (!Number.isNaN(values[rule.total]![j]!)) continue;
        values[rule.total]![j] = rule.parts.reduce((s, p) => s + values[p]![j]!, 0);
      }
    return { rows: spec.rows, cols, values, rowRules: spec.rowRules, colRules };
  }
}

export interface CsvTexts {
  title: string;
  organisation: string;
  period: string;
  until: string;
  contentVersion: string;
  suppression: (threshold: number) => string;
  internalNote: string;
  category: string;
  percentages: string;
  internalHeader: [string, string, string, string, string, string, string];
  tables: Record<string, string>;
  groups: Record<string, string>;
}

export const CSV_TEXTS: Record<'nl' | 'en', CsvTexts> = {
  nl: {
    title: 'Zorgroute – verantwoording',
    organisation: 'Organisatie',
    period: 'Periode',
    until: 't/m',
    contentVersion: 'Inhoudsversie',
    suppression: (t) =>
      `Aantallen kleiner dan ${t} (behalve 0) en aantallen waaruit die te herleiden zijn, staan als *. Percentages over minder dan ${t} worden niet getoond.`,
    internalNote: 'Intern: per maand en school, niet onderdrukt. Niet buiten de organisatie delen.',
    category: 'Categorie',
    percentages: 'percentage van het totaal per kolom',
    internalHeader: ['Maand', 'School-id', 'School', 'Type', 'Dimensie', 'Waarde', 'Aantal'],
    tables: {
      registratie: 'Registraties',
      contact: 'Gesprekken per contact',
      'contact-via': 'Gesprekken per contact en wie het inbracht',
      via: 'Wie bracht de vraag in',
      activiteit: 'Activiteiten',
      thema: "Thema's",
      route: 'Routes en verwijzingen per partner',
      vlag: 'Bijzonderheden',
    },
    groups: { po: 'PO', vo: 'VO', overig: 'Overig', [TOTAL]: 'Totaal' },
  },
  en: {
    title: 'Zorgroute – accountability report',
    organisation: 'Organisation',
    period: 'Period',
    until: 'to',
    contentVersion: 'Content version',
    suppression: (t) =>
      `Counts below ${t} (except 0), and counts from which they could be derived, are shown as *. Percentages over fewer than ${t} are not shown.`,
    internalNote: 'Internal: per month and school, not suppressed. Do not share outside the organisation.',
    category: 'Category',
    percentages: 'percentage of the column total',
    internalHeader: ['Month', 'School id', 'School', 'Type', 'Dimension', 'Value', 'Count'],
    tables: {
      registratie: 'Registrations',
      contact: 'Conversations per contact',
      'contact-via': 'Conversations per contact and who raised it',
      via: 'Who raised the question',
      activiteit: 'Activities',
      thema: 'Themes',
      route: 'Routes and referrals per partner',
      vlag: 'Flags',
    },
    groups: { po: 'PO', vo: 'VO', overig: 'Other', [TOTAL]: 'Total' },
  },
};

export interface CsvOptions {
  contentVersion: string;
  organisation?: string;
  lang?: 'nl' | 'en';
  /** Label of a row id ('contact|ouder'); the ids themselves when omitted. */
  label?: (rowId: string) => string;
}

function header(texts: CsvTexts, opts: ReportOptions & CsvOptions): CsvValue[][] {
  return [
    [texts.title],
    ...(opts.organisation ? [[texts.organisation, opts.organisation]] : []),
    [texts.period, `${opts.from} ${texts.until} ${opts.to}`],
    [texts.contentVersion, opts.contentVersion],
  ];
}

/** The external export as CSV text (with BOM). */
export function externalCsv(totals: Totals, opts: ExternalOptions & CsvOptions): string {
  const texts = CSV_TEXTS[opts.lang ?? 'nl'];
  const threshold = Math.max(MIN_THRESHOLD, opts.threshold ?? DEFAULT_THRESHOLD);
  const label = opts.label ?? ((id: string) => id);
  const colName = (id: string) => texts.groups[id] ?? opts.schoolNames?.[id] ?? id;
  const rowName = (id: string) => (id === TOTAL ? texts.groups[TOTAL]! : label(id));
  const lines: CsvValue[][] = [...header(texts, opts), [texts.suppression(threshold)]];
  for (const t of externalTables(totals, { ...opts, threshold })) {
    lines.push([], [texts.tables[t.id] ?? t.id], [texts.category, ...t.cols.map(colName)]);
    t.rows.forEach((row, i) => lines.push([rowName(row), ...t.cells[i]!.map((v) => (v === null ? '*' : v))]));
    if (t.pcts) {
      lines.push([], [`${texts.tables[t.id] ?? t.id} (${texts.percentages})`], [texts.category, ...t.cols.map(colName)]);
      t.rows.forEach((row, i) => {
        if (row !== TOTAL) lines.push([rowName(row), ...t.pcts![i]!.map((p) => formatPct(p))]);
      });
    }
  }
  return toCsv(lines);
}

/** The internal export: every non-zero cell per month and school of the period, as CSV text. */
export function internalCsv(totals: Totals, opts: ReportOptions & CsvOptions): string {
  const texts = CSV_TEXTS[opts.lang ?? 'nl'];
  const label = opts.label ?? ((id: string) => id);
  const wanted = opts.schools ? new Set(opts.schools) : undefined;
  const lines: CsvValue[][] = [...header(texts, opts), [texts.internalNote], [], texts.internalHeader];
  const rows = [...totals.rows.keys()].sort();
  for (const row of rows) {
    const parsed = parseRow(row);
    if (!parsed) continue;
    const { month, school } = parsed;
    if (month < opts.from || month > opts.to || (wanted && !wanted.has(school))) continue;
    const counts = totals.rows.get(row)!;
    totals.columns.forEach((col, i) => {
      const n = counts[i] ?? 0;
      if (n <= 0) return;
      lines.push([month, school, opts.schoolNames?.[school] ?? '', opts.schoolTypes[school] ?? '', parseColumn(col)?.dimension ?? col, label(col), n]);
    });
  }
  return toCsv(lines);
}
