/**
 * What is counted when a concern reaches its route, or when a worker makes a quick registration:
 * a pure translation of one registration into counter increments (MELDCODE.md §6).
 *
 * The cell model. A counter cell is `YYYY-MM|schoolId|dimension|value`; its first two parts are the
 * *row* (month × school), the last two the *column*. Only categories: no case id, no date finer than
 * the month, no name, no free text. Every registration adds +1 to each of these columns:
 *
 * | column                          | when                                                        |
 * |---------------------------------|-------------------------------------------------------------|
 * | `registratie|n`                 | always (the number of registrations)                        |
 * | `contact|<contact>`             | once per distinct contact (a conversation with that party)  |
 * | `via|<via>`                     | when who raised it is known                                 |
 * | `contact-via|<contact>.<via>`   | per contact, when `via` is known ("who raised it" per party) |
 * | `activiteit|<activity>`         | once per distinct activity                                   |
 * | `thema|<theme>`                 | once per distinct theme                                      |
 * | `route|<route>`                 | when the registration reached a route                        |
 * | `verwijzing|<kind>.<partnerId>` | with route intern/extern: the partner referred to (kind internal/external by the route) |
 * | `vlag|<flag>`                   | once per distinct flag                                       |
 *
 * Lists are sets: a value listed twice counts once, so a double tap cannot inflate the figures.
 * A referral is a registration with route `intern` or `extern`; it always names its partner, so
 * per column Σ `verwijzing|internal.*` = `route|intern` and Σ `verwijzing|external.*` = `route|extern`
 * (the report and the suppression of exports rely on that identity). A meldcode concern is counted
 * when it reaches its route; when help is organised (the waiting state after `hulp.partner`) that
 * route is intern/extern with the partner.
 */
import {
  ACTIVITIES,
  CONTACTS,
  DEFAULT_PARTNERS,
  FLAGS,
  PARTNER_KINDS,
  ROUTES,
  THEMES,
  VIAS,
  type Activity,
  type Contact,
  type Flag,
  type PartnerKind,
  type RouteId,
  type Theme,
  type Via,
} from '../../machines/ids';

/** One finished route or one quick registration. */
export interface Registration {
  /** 'YYYY-MM': the month is the finest time that is ever stored. */
  month: string;
  /** A school id from the settings (a slug). */
  school: string;
  contacts: readonly Contact[];
  via?: Via;
  activities: readonly Activity[];
  themes: readonly Theme[];
  route?: RouteId;
  /** A partner id from the sociale kaart; set when help was organised there (a referral). */
  partner?: string;
  /**
   * The partner's kind as the sociale kaart says; optional, only checked against the route
   * (the route decides the kind that is counted).
   */
  partnerKind?: PartnerKind;
  flags: readonly Flag[];
}

export const CELL_SEPARATOR = '|';

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

/** School and partner ids: lower-case slugs, so they never contain a separator. */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const REGISTRATION_COLUMN = 'registratie|n';

export function column(dimension: Dimension, value: string): string {
  return `${dimension}${CELL_SEPARATOR}${value}`;
}

/** The row of a cell: month × school. */
export function rowKey(month: string, school: string): string {
  return `${month}${CELL_SEPARATOR}${school}`;
}

export function cellKey(month: string, school: string, col: string): string {
  return `${month}${CELL_SEPARATOR}${school}${CELL_SEPARATOR}${col}`;
}

export interface ParsedCell {
  month: string;
  school: string;
  column: string;
  dimension: string;
  value: string;
}

/** Splits a cell key; undefined when it is not one. */
export function parseCellKey(key: string): ParsedCell | undefined {
  const parts = key.split(CELL_SEPARATOR);
  if (parts.length !== 4) return undefined;
  const [month, school, dimension, value] = parts as [string, string, string, string];
  if (!MONTH.test(month) || !SLUG.test(school) || !isColumn(`${dimension}|${value}`)) return undefined;
  return { month, school, column: `${dimension}${CELL_SEPARATOR}${value}`, dimension, value };
}

export function splitRowKey(row: string): { month: string; school: string } | undefined {
  const i = row.indexOf(CELL_SEPARATOR);
  if (i < 0) return undefined;
  const month = row.slice(0, i);
  const school = row.slice(i + 1);
  return MONTH.test(month) && SLUG.test(school) ? { month, school } : undefined;
}

const has = (values: readonly string[], v: string) => values.includes(v);

/** True when `col` is a column this version can produce (other versions may add dimensions). */
export function isColumn(col: string): boolean {
  const i = col.indexOf(CELL_SEPARATOR);
  if (i < 0) return false;
  const dim = col.slice(0, i);
  const value = col.slice(i + 1);
  switch (dim) {
    case 'registratie':
      return value === 'n';
    case 'contact':
      return has(CONTACTS, value);
    case 'via':
      return has(VIAS, value);
    case 'contact-via': {
      const [c, v, ...rest] = value.split('.');
      return rest.length === 0 && c !== undefined && v !== undefined && has(CONTACTS, c) && has(VIAS, v);
    }
    case 'activiteit':
      return has(ACTIVITIES, value);
    case 'thema':
      return has(THEMES, value);
    case 'route':
      return has(ROUTES, value);
    case 'verwijzing': {
      const [k, p, ...rest] = value.split('.');
      return rest.length === 0 && k !== undefined && p !== undefined && has(PARTNER_KINDS, k) && SLUG.test(p);
    }
    case 'vlag':
      return has(FLAGS, value);
    default:
      return false;
  }
}

/** What is wrong with a registration (empty when it can be counted). Messages are for developers. */
export function validateRegistration(reg: Registration): string[] {
  const errors: string[] = [];
  if (!MONTH.test(reg.month)) errors.push(`month must be YYYY-MM, got "${reg.month}"`);
  if (!SLUG.test(reg.school)) errors.push(`school must be a slug id, got "${reg.school}"`);
  for (const c of reg.contacts) if (!has(CONTACTS, c)) errors.push(`unknown contact "${c}"`);
  if (reg.via !== undefined && !has(VIAS, reg.via)) errors.push(`unknown via "${reg.via}"`);
  for (const a of reg.activities) if (!has(ACTIVITIES, a)) errors.push(`unknown activity "${a}"`);
  for (const t of reg.themes) if (!has(THEMES, t)) errors.push(`unknown theme "${t}"`);
  for (const f of reg.flags) if (!has(FLAGS, f)) errors.push(`unknown flag "${f}"`);
  if (reg.route !== undefined && !has(ROUTES, reg.route)) errors.push(`unknown route "${reg.route}"`);
  if (reg.partner !== undefined && !SLUG.test(reg.partner)) errors.push(`partner must be a slug id, got "${reg.partner}"`);
  if (reg.partnerKind !== undefined && !has(PARTNER_KINDS, reg.partnerKind)) errors.push(`unknown partner kind "${reg.partnerKind}"`);
  const referral = reg.route === 'intern' || reg.route === 'extern';
  if (referral && reg.partner === undefined) errors.push(`route "${reg.route}" needs the partner it refers to`);
  if (!referral && reg.partner !== undefined) errors.push('a partner is only counted with route "intern" or "extern"');
  if (reg.route === 'intern' && reg.partnerKind === 'external') errors.push('route "intern" with an external partner');
  if (reg.route === 'extern' && reg.partnerKind === 'internal') errors.push('route "extern" with an internal partner');
  return errors;
}

/** The kind a referral is counted under: the route says it (intern → internal, extern → external). */
export function referralKind(route: 'intern' | 'extern'): PartnerKind {
  return route === 'intern' ? 'internal' : 'external';
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The columns one registration adds 1 to (sorted, each once). Throws on an invalid registration. */
export function registrationColumns(reg: Registration): string[] {
  const errors = validateRegistration(reg);
  if (errors.length > 0) throw new Error(`Invalid registration: ${errors.join('; ')}`);
  const cols = [REGISTRATION_COLUMN];
  const contacts = unique(reg.contacts);
  for (const c of contacts) cols.push(column('contact', c));
  if (reg.via) {
    cols.push(column('via', reg.via));
    for (const c of contacts) cols.push(column('contact-via', `${c}.${reg.via}`));
  }
  for (const a of unique(reg.activities)) cols.push(column('activiteit', a));
  for (const t of unique(reg.themes)) cols.push(column('thema', t));
  if (reg.route) cols.push(column('route', reg.route));
  if (reg.partner && (reg.route === 'intern' || reg.route === 'extern'))
    cols.push(column('verwijzing', `${referralKind(reg.route)}.${reg.partner}`));
  for (const f of unique(reg.flags)) cols.push(column('vlag', f));
  return cols.sort();
}

/** The counter increments of one registration: full cell key → +1. */
export function countRegistration(reg: Registration): Map<string, number> {
  const increments = new Map<string, number>();
  for (const col of registrationColumns(reg)) increments.set(cellKey(reg.month, reg.school, col), 1);
  return increments;
}

/** Every column that can exist for the given partners (the default sociale kaart when omitted). */
export function allColumns(partners: Record<string, PartnerKind> = DEFAULT_PARTNERS): string[] {
  const cols = [REGISTRATION_COLUMN];
  for (const c of CONTACTS) cols.push(column('contact', c));
  for (const v of VIAS) cols.push(column('via', v));
  for (const c of CONTACTS) for (const v of VIAS) cols.push(column('contact-via', `${c}.${v}`));
  for (const a of ACTIVITIES) cols.push(column('activiteit', a));
  for (const t of THEMES) cols.push(column('thema', t));
  for (const r of ROUTES) cols.push(column('route', r));
  for (const [p, kind] of Object.entries(partners)) cols.push(column('verwijzing', `${kind}.${p}`));
  for (const f of FLAGS) cols.push(column('vlag', f));
  return cols;
}

/** The month of a date in local time, as stored ('YYYY-MM'). */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
