import type { Flag, QuestionId, RouteId, Sector } from '../../machines/ids';

/**
 * A casus as training plays it (shared/MELDCODE.md §7). Validation of a trainer's own file is done
 * by content/casus.ts (parseCasus), loaded on demand; shipped files are checked by `npm run casus`
 * and the content tests, so the library reads them as they are.
 */
export type Localized = string | Partial<Record<'nl' | 'en', string>>;

export interface TrainingCasus {
  id: string;
  title: Localized;
  sector: Sector;
  story?: Localized;
  answers: [string, string][];
  expect: { route?: RouteId; flags?: Flag[]; rejected?: string };
  themes?: string[];
  /** For the trainer only (presenter view). */
  notes?: Localized;
  /** Why the casus answers a question so (shown on reveal and in a discussion). */
  rationale?: Partial<Record<QuestionId, Localized>>;
  /** Other answers practitioners would accept, each with its reason. */
  alternatives?: Partial<Record<QuestionId, { value: string; rationale: Localized }[]>>;
}

/** The text in the language asked for, else Dutch, else any. */
export function localized(text: Localized | undefined, lng: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lng === 'en' ? 'en' : 'nl'] ?? text.nl ?? text.en ?? '';
}

/** A blank casus: a free walk, every answer chosen by the trainer. */
export const FREE_WALK_ID = '__vrij';
export function freeWalk(sector: Sector): TrainingCasus {
  return { id: FREE_WALK_ID, title: { nl: 'Vrij oefenen', en: 'Free practice' }, sector, answers: [], expect: {} };
}

/**
 * The shipped casus files, all in one lazy chunk (./shipped.ts; issue 16: 25 chunks of their own
 * were 25 requests before the library could show, ~13 kB gzip together). Kept once loaded, so the
 * library draws them at once when it opens again, and the route waits for them (TrainingPage `ready`)
 * so the page it draws is the whole first screen, as the build's pre-rendered copy is.
 */
let shipped: TrainingCasus[] | undefined;
let loading: Promise<TrainingCasus[]> | undefined;

export function loadShippedCases(): Promise<TrainingCasus[]> {
  loading ??= import('./shipped').then(({ SHIPPED }) => {
    const cases = Object.entries(SHIPPED)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, casus]) => casus)
      // Casus of behaviour between children (`"flow": "onderling"`) run another machine than the concern
      // session training plays; `npm run casus` checks them, the library leaves them out (issue 14 §5).
      .filter((c) => c && typeof c === 'object' && Array.isArray(c.answers) && (c as { flow?: string }).flow !== 'onderling');
    shipped = cases;
    return cases;
  });
  return loading;
}

/** The shipped casus files if they have loaded, else undefined. */
export const shippedCases = (): TrainingCasus[] | undefined => shipped;

/** A file name safe on every system, from a title. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'casus';
}
