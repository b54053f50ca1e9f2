/**
 * The counter cell model: the one owner of cell, row and column keys (MELDCODE.md §6). Pure: no
 * Dexie, no zod, no React, no i18n. Storage counts with it; the report reads with it; features
 * never build or take apart a key by hand (no `row.slice(8)`): they call the functions below.
 *
 * A counter cell is `YYYY-MM|schoolId|dimension|value`. Its first two parts are the *row*
 * (month × school), the last two the *column* (dimension × value). Only categories: no case id, no
 * date finer than the month, no name, no free text. School and partner ids are lower-case slugs,
 * so no separator can be smuggled into a key, and a key splits unambiguously at its separators.
 *
 * | column                          | value                                                         |
 * |---------------------------------|---------------------------------------------------------------|
 * | `registratie|n`                 | the number of registrations                                   |
 * | `contact|<contact>`             | conversations with that party                                  |
 * | `via|<via>`                     | who raised it                                                 |
 * | `contact-via|<contact>.<via>`   | who raised it, per party                                      |
 * | `activiteit|<activity>`         | activities                                                    |
 * | `thema|<theme>`                 | themes                                                        |
 * | `route|<route>`                 | the route reached                                             |
 * | `verwijzing|<kind>.<partnerId>` | the partner referred to (kind internal/external by the route) |
 * | `vlag|<flag>`                   | flags                                                         |
 *
 * What one registration adds to which column is in registration.ts.
 */
import { ACTIVITIES, CONTACTS, DEFAULT_PARTNERS, FLAGS, PARTNER_KINDS, THEMES, VIAS, type PartnerKind } from '../../machines/ids';
import { COUNTED_ROUTES } from '../../machines/onderling.ids';

export const CELL_SEPARATOR = '|';

/** The regular-expression sources, so the JSON Schema (counts.schema.ts) says the same as the checks here. */
export const MONTH_SOURCE = '\\d{4}-(0[1-9]|1[0-2])';
export const SLUG_SOURCE = '[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?';

/** 'YYYY-MM': the month is the finest time that is ever stored. */
export const MONTH = new RegExp(`^${MONTH_SOURCE}$`);
/** School and partner ids: lower-case slugs, so they never contain a separator. */
export const SLUG = new RegExp(`^${SLUG_SOURCE}$`);
/** A row key 'YYYY-MM|schoolId'. */
export const ROW = new RegExp(`^${MONTH_SOURCE}\\|${SLUG_SOURCE}$`);

export const isMonth = (value: string): boolean => MONTH.test(value);

/** The month of a date in local time, as stored ('YYYY-MM'). */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The dimensions of a column, in report order. */
export const DIMENSIONS = [
  'registratie',
  'contact',
  'via',
  'contact-via',
  'activiteit',
  'thema',
  'route',
  'verwijzing',
  'vlag',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const REGISTRATION_COLUMN = 'registratie|n';

// ---------------------------------------------------------------------------------------------
// Building keys.

export function column(dimension: Dimension, value: string): string {
  return `${dimension}${CELL_SEPARATOR}${value}`;
}

/** The column of a referral to a partner ('verwijzing|external.cjg'). */
export function referralColumn(kind: PartnerKind, partner: string): string {
  return column('verwijzing', `${kind}.${partner}`);
}

/** The row of a cell: month × school. */
export function rowKey(month: string, school: string): string {
  return `${month}${CELL_SEPARATOR}${school}`;
}

/** A cell key from its row and column. */
export function cellKey(row: string, col: string): string {
  return `${row}${CELL_SEPARATOR}${col}`;
}

// ---------------------------------------------------------------------------------------------
// Taking keys apart: the one parser. Each returns undefined for anything this version cannot
// have produced (other versions may add dimensions; their columns are not read).

export interface ParsedRow {
  month: string;
  school: string;
}

export interface ParsedColumn {
  dimension: Dimension;
  value: string;
  /** The two halves of a pair value: [contact, via] for `contact-via`, [kind, partnerId] for `verwijzing`. */
  pair?: [string, string];
}

export interface ParsedCell extends ParsedRow, ParsedColumn {
  row: string;
  column: string;
}

/** 'YYYY-MM|schoolId' → month and school. */
export function parseRow(row: string): ParsedRow | undefined {
  if (!ROW.test(row)) return undefined;
  const i = row.indexOf(CELL_SEPARATOR);
  return { month: row.slice(0, i), school: row.slice(i + 1) };
}

const has = (values: readonly string[], v: string) => values.includes(v);

function pairOf(value: string): [string, string] | undefined {
  const dot = value.indexOf('.');
  if (dot < 0 || value.indexOf('.', dot + 1) >= 0) return undefined;
  return [value.slice(0, dot), value.slice(dot + 1)];
}

/** 'dimension|value' → its parts, when it is a column this version can produce. */
export function parseColumn(col: string): ParsedColumn | undefined {
  const i = col.indexOf(CELL_SEPARATOR);
  if (i < 0) return undefined;
  const dimension = col.slice(0, i) as Dimension;
  const value = col.slice(i + 1);
  switch (dimension) {
    case 'registratie':
      return value === 'n' ? { dimension, value } : undefined;
    case 'contact':
      return has(CONTACTS, value) ? { dimension, value } : undefined;
    case 'via':
      return has(VIAS, value) ? { dimension, value } : undefined;
    case 'contact-via': {
      const pair = pairOf(value);
      return pair && has(CONTACTS, pair[0]) && has(VIAS, pair[1]) ? { dimension, value, pair } : undefined;
    }
    case 'activiteit':
      return has(ACTIVITIES, value) ? { dimension, value } : undefined;
    case 'thema':
      return has(THEMES, value) ? { dimension, value } : undefined;
    case 'route':
      return has(COUNTED_ROUTES, value) ? { dimension, value } : undefined;
    case 'verwijzing': {
      const pair = pairOf(value);
      return pair && has(PARTNER_KINDS, pair[0]) && SLUG.test(pair[1]) ? { dimension, value, pair } : undefined;
    }
    case 'vlag':
      return has(FLAGS, value) ? { dimension, value } : undefined;
    default:
      return undefined;
  }
}

/** True when `col` is a column this version can produce. */
export function isColumn(col: string): boolean {
  return parseColumn(col) !== undefined;
}

/** 'YYYY-MM|schoolId|dimension|value' → row, column and their parts; undefined when it is not a cell. */
export function parseCell(key: string): ParsedCell | undefined {
  const first = key.indexOf(CELL_SEPARATOR);
  const second = first < 0 ? -1 : key.indexOf(CELL_SEPARATOR, first + 1);
  if (second < 0) return undefined;
  const row = key.slice(0, second);
  const col = key.slice(second + 1);
  const r = parseRow(row);
  const c = r && parseColumn(col);
  return r && c ? { row, column: col, ...r, ...c } : undefined;
}

/** Every column that can exist for the given partners (the default sociale kaart when omitted). */
export function allColumns(partners: Record<string, PartnerKind> = DEFAULT_PARTNERS): string[] {
  const cols = [REGISTRATION_COLUMN];
  for (const c of CONTACTS) cols.push(column('contact', c));
  for (const v of VIAS) cols.push(column('via', v));
  for (const c of CONTACTS) for (const v of VIAS) cols.push(column('contact-via', `${c}.${v}`));
  for (const a of ACTIVITIES) cols.push(column('activiteit', a));
  for (const t of THEMES) cols.push(column('thema', t));
  for (const r of COUNTED_ROUTES) cols.push(column('route', r));
  for (const [p, kind] of Object.entries(partners)) cols.push(referralColumn(kind, p));
  for (const f of FLAGS) cols.push(column('vlag', f));
  return cols;
}
