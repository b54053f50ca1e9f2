/**
 * What is counted when a concern reaches its route, or when a worker makes a quick registration:
 * a pure translation of one registration into counter increments (MELDCODE.md §6). The record
 * feature makes the registration; storage counts it with this (and the cell model of cells.ts).
 *
 * Every registration adds +1 to each of these columns:
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
 * A referral to a partner is a registration with route `intern` or `extern`; it always names its
 * partner, so per column Σ `verwijzing|internal.*` = `route|intern` and Σ `verwijzing|external.*` =
 * `route|extern` (the report and the suppression of exports rely on that identity). A melding to
 * Veilig Thuis is route `veilig-thuis` with no partner cell; the report counts it as an external
 * referral (MELDCODE.md §6, version 2). A meldcode concern is counted when it reaches its route;
 * when help is organised (the waiting state after `hulp.partner`) that route is intern/extern with
 * the partner.
 */
import { ACTIVITIES, CONTACTS, FLAGS, PARTNER_KINDS, THEMES, VIAS, type Activity, type Contact, type Flag, type PartnerKind, type Theme, type Via } from '../../machines/ids';
import { COUNTED_ROUTES, type CountedRouteId } from '../../machines/onderling.ids';
import { MONTH, REGISTRATION_COLUMN, SLUG, cellKey, column, referralColumn, rowKey } from './cells';

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
  route?: CountedRouteId;
  /** A partner id from the sociale kaart; set when help was organised there (a referral). */
  partner?: string;
  /**
   * The partner's kind as the sociale kaart says; optional, only checked against the route
   * (the route decides the kind that is counted).
   */
  partnerKind?: PartnerKind;
  flags: readonly Flag[];
}

const has = (values: readonly string[], v: string) => values.includes(v);

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
  if (reg.route !== undefined && !has(COUNTED_ROUTES, reg.route)) errors.push(`unknown route "${reg.route}"`);
  if (reg.partner !== undefined && !SLUG.test(reg.partner)) errors.push(`partner must be a slug id, got "${reg.partner}"`);
  if (reg.partnerKind !== undefined && !has(PARTNER_KINDS, reg.partnerKind)) errors.push(`unknown partner kind "${reg.partnerKind}"`);
  const referral = reg.route === 'intern' || reg.route === 'extern';
  if (referral && reg.partner === undefined) errors.push(`route "${reg.route}" needs the partner it refers to`);
  if (!referral && reg.partner !== undefined) errors.push('a partner is only counted with route "intern" or "extern"');
  // MELDCODE.md version 2: Veilig Thuis is never a referral partner; contact with it is advice or a melding.
  if (reg.partner === 'veilig-thuis') errors.push('Veilig Thuis is no referral partner: a melding is route "veilig-thuis"');
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
  if (reg.partner && (reg.route === 'intern' || reg.route === 'extern')) cols.push(referralColumn(referralKind(reg.route), reg.partner));
  for (const f of unique(reg.flags)) cols.push(column('vlag', f));
  return cols.sort();
}

/** The counter increments of one registration: full cell key → +1. */
export function countRegistration(reg: Registration): Map<string, number> {
  const increments = new Map<string, number>();
  const row = rowKey(reg.month, reg.school);
  for (const col of registrationColumns(reg)) increments.set(cellKey(row, col), 1);
  return increments;
}
