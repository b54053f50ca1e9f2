import { z } from 'zod';
import { FLAGS, ROUTES, SECTORS, isQuestionId, type Flag, type QuestionId, type RouteId, type Sector } from '../machines/ids';

/**
 * The shape of a casus file (shared/MELDCODE.md §7). Trainers write these by hand, so every message
 * names the field it is about and what would be right. More fields may be added by future versions
 * or by trainers (notes, tags…): objects are loose, unknown fields pass through untouched.
 *
 * What the schema does not judge: whether the machine accepts the answers. A value the machine
 * refuses (stap2.consultatie = collega after stap2.bijzonder = ja, a question out of order) is a run
 * result, which a casus may even expect (`"expect": { "rejected": "stap2.consultatie" }`). Only ids
 * the project does not know at all are errors here.
 *
 * Loaded on demand only (zod stays off the first page): by the casus runner, tests, and training
 * when a trainer opens a file of their own.
 */

/** "missing" when the field is absent, else what was expected: the first thing a hand-editor needs. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `missing (${what})` : what;

const text = z.string({ error: expected('expected a text') }).trim().min(1, { error: 'must not be empty' });
const localized = z.looseObject({ nl: text, en: text }, { error: expected('expected { "nl": …, "en": … }') });
/** A story may be left empty by an exported walk, but both languages are present. */
const story = z.looseObject(
  { nl: z.string({ error: expected('expected a text') }), en: z.string({ error: expected('expected a text') }) },
  { error: expected('expected { "nl": …, "en": … }') },
);

const questionId = z.string({ error: expected('expected a question id') }).refine(isQuestionId, {
  error: (issue) => `unknown question id ${JSON.stringify(issue.input)}`,
});

const answer = z.tuple([questionId, z.string({ error: expected('expected the answer value as a text') })], {
  error: 'expected a pair ["question id", "value"]',
});

const expectSchema = z
  .looseObject({
    route: z
      .enum(ROUTES, { error: (issue) => `unknown route ${JSON.stringify(issue.input)} (routes: ${ROUTES.join(', ')})` })
      .optional(),
    flags: z
      .array(z.enum(FLAGS, { error: (issue) => `unknown flag ${JSON.stringify(issue.input)} (flags: ${FLAGS.join(', ')})` }), {
        error: 'expected a list of flags',
      })
      .optional(),
    rejected: questionId.optional(),
  }, { error: expected('expected an object { "route": … } or { "rejected": … }') })
  .superRefine((value, ctx) => {
    const hasRoute = value.route !== undefined;
    const hasRejected = value.rejected !== undefined;
    if (hasRoute === hasRejected) {
      ctx.addIssue({ code: 'custom', message: 'give either "route" (where the answers lead) or "rejected" (the question whose answer is refused)' });
    }
    if (hasRejected && value.flags !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['flags'], message: '"flags" belongs with "route", not with "rejected"' });
    }
  });

export const casusSchema = z.looseObject(
  {
    id: text,
    title: localized,
    sector: z.enum(SECTORS, {
      error: (issue) =>
        issue.input === undefined
          ? `missing (one of ${SECTORS.join(', ')})`
          : `unknown sector ${JSON.stringify(issue.input)} (sectors: ${SECTORS.join(', ')})`,
    }),
    story,
    answers: z.array(answer, { error: expected('expected a list of answers [["question id", "value"], …]') }),
    expect: expectSchema,
  },
  { error: 'expected a casus object { "id", "title", "sector", "story", "answers", "expect" }' },
);

/** A valid casus. Extra fields of the file are kept (index signature) but not typed. */
export interface Casus {
  id: string;
  title: { nl: string; en: string };
  sector: Sector;
  story: { nl: string; en: string };
  answers: [QuestionId, string][];
  expect: { route: RouteId; flags?: Flag[]; rejected?: undefined } | { rejected: QuestionId; route?: undefined; flags?: undefined };
  [extra: string]: unknown;
}
