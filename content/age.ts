import type { QuestionId } from '../machines/ids';
import type { SourceId } from './sources';

/**
 * The child's age, as help (issue 14 §2 and §7), never as a machine question: the concern machine,
 * its answer ids and every casus stay as they are. The user may pick an age band where the age
 * matters — signals by age group at step 1, talking with the child at step 3 and in the support
 * route, whose consent a referral needs — and the guide then shows what holds for that band. The
 * choice is kept with the concern's notes (AGE_NOTE_KEY): in memory, encrypted in a draft, in the
 * documentation export; it is never counted (counters hold categories of MELDCODE.md §6 only).
 *
 * Four bands, because two cuts meet here: the published signal lists group 0–4, 4–12 and 12–18
 * (meldcode-nu-signalen), and the law distinguishes under 12, 12 to 16 and 16 or older for consent
 * and for talking with a young person without the parents (jgz-richtlijn-stap3, nvo-toestemming).
 */
export const AGE_BANDS = ['0-4', '4-12', '12-16', '16-18'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The note key under which the concern keeps the chosen band ('12-16'); not free text. */
export const AGE_NOTE_KEY = 'leeftijd';

export function isAgeBand(value: unknown): value is AgeBand {
  return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);
}

/** The signal lists' age groups. */
export const SIGNAL_GROUPS = ['0-4', '4-12', '12-18'] as const;
export type SignalGroup = (typeof SIGNAL_GROUPS)[number];
export function signalGroupOf(band: AgeBand): SignalGroup {
  return band === '12-16' || band === '16-18' ? '12-18' : band;
}

/** The law's three age groups for consent and for talking without the parents. */
export const LEGAL_AGE_GROUPS = ['onder-12', '12-15', '16-plus'] as const;
export type LegalAgeGroup = (typeof LEGAL_AGE_GROUPS)[number];
export function legalAgeGroupOf(band: AgeBand): LegalAgeGroup {
  return band === '16-18' ? '16-plus' : band === '12-16' ? '12-15' : 'onder-12';
}

/** What the age changes on a page: the signals to look for, how to talk, whose consent is needed. */
export type AgeHelpKind = 'signals' | 'conversation' | 'consent';
export const AGE_HELP_KINDS: readonly AgeHelpKind[] = ['signals', 'conversation', 'consent'];

export const AGE_HELP: Partial<Record<QuestionId, AgeHelpKind>> = {
  'stap1.signalen': 'signals',
  'stap3.gesprek': 'conversation',
  // The support route: talking with the child (every support route starts here) and consent.
  'steun.advies': 'conversation',
  'steun.toestemming': 'consent',
};

/** The question whose content (review rows, sources) an age help text belongs to. */
export const AGE_HELP_HOME: Record<AgeHelpKind, QuestionId> = {
  signals: 'stap1.signalen',
  conversation: 'stap3.gesprek',
  consent: 'steun.toestemming',
};

/** The sources behind each kind of age help; each was compared (content/sources.ts `checked`). */
export const AGE_SOURCES: Record<AgeHelpKind, readonly SourceId[]> = {
  signals: ['meldcode-nu-signalen', 'signalenlijst-0-4', 'leraar24-signalen', 'signaalkaart-kindermishandeling'],
  conversation: ['jgz-richtlijn-stap3', 'nji-praten-met-kind', 'praten-met-kinderen-geheim', 'nvo-toestemming'],
  // The law's own words where a page reproduces them (BW 1:251, 1:251a; the WGBO's under-12 rule in BW
  // 7:465); the WGBO's other ages and the Jeugdwet's as secondary sources state them (docs/decisions.md,
  // "Sources pass").
  consent: [
    'nvo-toestemming',
    'jgz-richtlijn-stap3',
    'wgbo-driedeling',
    'bw-7-465',
    'jeugdwet-zestien-jaar',
    'nvo-zestien-jaar',
    'kinderbescherming-scheiding',
    'bw-1-251',
    'bw-1-251a',
    'schulinck-scheiding-jeugdhulp',
  ],
};
