import type { Flag, PartnerKind } from '../../machines/ids';
import type { CountedRouteId } from '../../machines/onderling.ids';
import { monthOf } from '../storage/cells';
import type { Registration } from '../storage/registration';
import type { FieldErrors, RecordChoice } from './RecordFields';
import type { Store } from '../storage/store';
import type { SchoolSetting } from '../storage/settings';

/**
 * Glue between the record UI and storage. Storage (Dexie) is loaded with import() on first use:
 * the record panel sits on the guide's outcome page, whose chunk must not pull Dexie in.
 */
export function loadStore(): Promise<Store> {
  return import('../storage/store').then((m) => m.getStore());
}

export async function loadSchools(): Promise<SchoolSetting[]> {
  const store = await loadStore();
  return (await store.getSettings()).schools;
}

/** What the concern says; the worker does not choose these in the panel. */
export interface ConcernFacts {
  route?: CountedRouteId;
  partner?: string;
  partnerKind?: PartnerKind;
  flags?: readonly Flag[];
}

/**
 * The registration of a choice plus the concern's facts. Only the month of `now` is kept. A partner
 * is counted only with a referral route (the support route can pass a partner and still end in
 * begeleiding when consent is refused).
 */
export function toRegistration(choice: RecordChoice, facts: ConcernFacts, now: Date = new Date()): Registration {
  const referral = facts.route === 'intern' || facts.route === 'extern';
  return {
    month: monthOf(now),
    school: choice.school,
    contacts: choice.contacts,
    ...(choice.via ? { via: choice.via } : {}),
    activities: choice.activities,
    themes: choice.themes,
    ...(facts.route ? { route: facts.route } : {}),
    ...(referral && facts.partner ? { partner: facts.partner } : {}),
    ...(referral && facts.partner && facts.partnerKind ? { partnerKind: facts.partnerKind } : {}),
    flags: facts.flags ? [...facts.flags] : [],
  };
}

/**
 * The same fields are required wherever a registration is made (the guide's record panel and quick
 * registration): a school (or, with none set up, a new school's name and type) and what was done.
 */
export function validateChoice(choice: RecordChoice, schools: readonly SchoolSetting[], t: (key: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (schools.length === 0) {
    if (!choice.newSchool?.name.trim()) errors.newSchoolName = t('record:errors.newSchoolName');
    if (!choice.newSchool?.type) errors.newSchoolType = t('record:errors.newSchoolType');
  } else if (!schools.some((s) => s.id === choice.school)) errors.school = t('record:errors.school');
  if (choice.activities.length === 0) errors.activities = t('record:errors.activity');
  return errors;
}

/**
 * The school to count for: the one chosen, or (no schools set up yet) the new school, added to the
 * settings first with an id made from its name. Returns the schools as they are now.
 */
export async function schoolFor(
  choice: RecordChoice,
  schools: readonly SchoolSetting[],
): Promise<{ school: SchoolSetting; schools: SchoolSetting[] }> {
  const chosen = schools.find((s) => s.id === choice.school);
  if (chosen) return { school: chosen, schools: [...schools] };
  const name = choice.newSchool?.name.trim() ?? '';
  const type = choice.newSchool?.type;
  if (!name || !type) throw new Error('no school chosen');
  const [store, { uniqueSlug }] = await Promise.all([loadStore(), import('../storage/settings')]);
  const current = (await store.getSettings()).schools;
  const school: SchoolSetting = { id: uniqueSlug(name, current.map((s) => s.id)), name, type };
  const saved = await store.setSettings({ schools: [...current, school] });
  return { school, schools: saved.schools };
}

/** The error summary's links, in the order of the fields. */
export function errorLinks(errors: FieldErrors, idPrefix: string): { href: string; text: string }[] {
  return [
    ...(errors.school ? [{ href: `#${idPrefix}-school-0`, text: errors.school }] : []),
    ...(errors.newSchoolName ? [{ href: `#${idPrefix}-newschool-name`, text: errors.newSchoolName }] : []),
    ...(errors.newSchoolType ? [{ href: `#${idPrefix}-newschool-type-0`, text: errors.newSchoolType }] : []),
    ...(errors.activities ? [{ href: `#${idPrefix}-activities-0`, text: errors.activities }] : []),
  ];
}

/** That a concern is counted, for which school and month (shown as "Geteld voor …"). */
export interface Counted {
  school: string;
  month: string;
}

/**
 * The one home of "this concern is counted": a marker among the concern's notes. It lives and dies
 * with the concern (a new concern has no notes), so going back to an outcome page, or the evaluation's
 * outcome after the waiting state, shows "Geteld" instead of offering to count the same concern again;
 * and a draft saved after counting (encrypted, like every note) is not counted again when resumed.
 */
export const COUNTED_NOTE = 'record@counted';

export function readCounted(notes: Readonly<Record<string, string>>): Counted | undefined {
  const text = notes[COUNTED_NOTE];
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { school?: unknown; month?: unknown };
    return typeof value.school === 'string' && typeof value.month === 'string'
      ? { school: value.school, month: value.month }
      : undefined;
  } catch {
    return undefined;
  }
}

export function countedNoteText(counted: Counted): string {
  return JSON.stringify({ school: counted.school, month: counted.month });
}
