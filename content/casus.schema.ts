import { z } from 'zod';
import { FLAGS, PARTNER_ANSWER, QUESTIONS, SECTORS, isQuestionId, type Flag, type QuestionId, type RouteId, type Sector } from '../machines/ids';
import { COUNTED_ROUTES, FLOWS, ONDERLING_QUESTIONS, ONDERLING_ROUTE, isOnderlingQuestionId, type FlowId, type OnderlingQuestionId } from '../machines/onderling.ids';
import { CASUS_LIMITS, MAX_CASUS_FILE_BYTES } from './casus-limits';

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
 * Messages are keys with parameters (CASUS_MESSAGES), so training can show them in the page's
 * language (content/locales/{nl,en}/training.json, `errors.casus.<key>`) while the runner prints the
 * English texts below. Zod carries only strings, so a message travels as an encoded token.
 *
 * Loaded on demand only (zod stays off the first page): by the casus runner, tests, and training
 * when a trainer opens a file of their own.
 */

/** The English text of every message the schema and the parser give (the runner's output). */
export const CASUS_MESSAGES = {
  text: 'expected a text',
  localized: 'expected { "nl": …, "en": … }',
  empty: 'must not be empty',
  questionId: 'expected a question id',
  unknownQuestion: 'unknown question id "{{question}}"',
  value: 'expected the answer value as a text',
  pair: 'expected a pair ["question id", "value"]',
  answers: 'expected a list of answers [["question id", "value"], …]',
  unknownRoute: 'unknown route "{{route}}" (routes: {{routes}})',
  unknownFlag: 'unknown flag "{{flag}}" (flags: {{flags}})',
  flags: 'expected a list of flags',
  expect: 'expected an object { "route": … } or { "rejected": … }',
  routeOrRejected: 'give either "route" (where the answers lead) or "rejected" (the question whose answer is refused)',
  flagsWithRejected: '"flags" belongs with "route", not with "rejected"',
  sector: 'one of {{sectors}}',
  unknownSector: 'unknown sector "{{sector}}" (sectors: {{sectors}})',
  casus: 'expected a casus object { "id", "title", "sector", "story", "answers", "expect" }',
  perQuestion: 'expected an object with a question id as each key',
  notAnswered: '{{question}} is not answered in this casus',
  alternatives: 'expected a list of alternatives [{ "value": …, "rationale": { "nl": …, "en": … } }]',
  alternativeIsAnswer: '{{value}} is the casus answer itself, not an alternative',
  alternativeUnknown: '{{value}} is not an answer to {{question}} (answers: {{values}})',
  badJson: 'bad JSON at line {{line}}, column {{column}}: {{reason}}',
  tooLong: 'at most {{max}} characters',
  tooMany: 'at most {{max}} in the list',
  flow: 'one of {{flows}}',
  flowQuestion: '{{question}} is not a question of the {{flow}} flow',
  flowRoute: 'route {{route}} is not reached by the {{flow}} flow (its routes: {{routes}})',
  flowNotPlayable: 'training plays casus of the concern only; check this casus (behaviour between children) with npm run casus',
  other: '{{text}}',
} as const;

export type CasusMessageKey = keyof typeof CASUS_MESSAGES;

/** One problem of a casus file: where (a path such as `answers[3][0]`), which message, its values. */
export interface CasusProblem {
  path: string;
  key: CasusMessageKey;
  params: Record<string, string>;
  /** The field is absent: "missing (…)". */
  missing?: boolean;
}

const TOKEN = '\u0001';
/** A message as zod carries it: the key and its parameters, decoded by `decodeMessage`. */
function token(key: CasusMessageKey, params: Record<string, string> = {}, missing = false): string {
  return TOKEN + JSON.stringify({ key, params, missing });
}

/** The key and parameters of a schema message; zod's own messages become `other`. */
export function decodeMessage(message: string): Omit<CasusProblem, 'path'> {
  if (message.startsWith(TOKEN)) {
    const { key, params, missing } = JSON.parse(message.slice(1)) as Omit<CasusProblem, 'path'>;
    return missing ? { key, params, missing } : { key, params };
  }
  return { key: 'other', params: { text: message } };
}

/** Fills `{{name}}` from the parameters. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
}

/** The English line of a problem, as the runner prints it. */
export function englishProblem(problem: CasusProblem): string {
  const text = fill(CASUS_MESSAGES[problem.key], problem.params);
  const message = problem.missing ? `missing (${text})` : text;
  return problem.path ? `${problem.path}: ${message}` : message;
}

/** "missing (…)" when the field is absent, else what was expected: the first thing a hand-editor needs. */
const expected =
  (key: CasusMessageKey, params: Record<string, string> = {}) =>
  (issue: { input?: unknown }) =>
    token(key, params, issue.input === undefined);

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Bounds (issue 13): a trainer's file is read whole and rendered, so every text and list has a
 * maximum far above a real casus (a path has about 20 answers) but below what would stall the page.
 * The file itself is refused above MAX_CASUS_FILE_BYTES (casus-limits.ts) before it is read.
 */
export { CASUS_LIMITS, MAX_CASUS_FILE_BYTES };
const tooLong = (max: number) => ({ error: token('tooLong', { max: String(max) }) });
const tooMany = (max: number) => ({ error: token('tooMany', { max: String(max) }) });

const text = z.string({ error: expected('text') }).trim().min(1, { error: token('empty') }).max(CASUS_LIMITS.text, tooLong(CASUS_LIMITS.text));
const localized = z.looseObject({ nl: text, en: text }, { error: expected('localized') });
const title = z.string({ error: expected('text') }).trim().min(1, { error: token('empty') }).max(CASUS_LIMITS.title, tooLong(CASUS_LIMITS.title));
const storyText = z.string({ error: expected('text') }).max(CASUS_LIMITS.story, tooLong(CASUS_LIMITS.story));
/** A story may be left empty by an exported walk, but both languages are present. */
const story = z.looseObject({ nl: storyText, en: storyText }, { error: expected('localized') });

/**
 * A question id of either flow (the concern's or behaviour between children); which flow a casus runs is
 * its `flow` field, and the casus as a whole checks that its ids belong to that flow.
 */
const isAnyQuestionId = (value: unknown): value is QuestionId | OnderlingQuestionId => isQuestionId(value) || isOnderlingQuestionId(value);
const questionId = z.string({ error: expected('questionId') }).refine(isAnyQuestionId, {
  error: (issue) => token('unknownQuestion', { question: shown(issue.input) }),
});

const answer = z.tuple([questionId, z.string({ error: expected('value') }).max(CASUS_LIMITS.value, tooLong(CASUS_LIMITS.value))], {
  error: token('pair'),
});

const expectSchema = z
  .looseObject(
    {
      route: z
        .enum(COUNTED_ROUTES, { error: (issue) => token('unknownRoute', { route: shown(issue.input), routes: COUNTED_ROUTES.join(', ') }) })
        .optional(),
      flags: z
        .array(z.enum(FLAGS, { error: (issue) => token('unknownFlag', { flag: shown(issue.input), flags: FLAGS.join(', ') }) }), {
          error: token('flags'),
        })
        .max(CASUS_LIMITS.flags, tooMany(CASUS_LIMITS.flags))
        .optional(),
      rejected: questionId.optional(),
    },
    { error: expected('expect') },
  )
  .superRefine((value, ctx) => {
    const hasRoute = value.route !== undefined;
    const hasRejected = value.rejected !== undefined;
    if (hasRoute === hasRejected) ctx.addIssue({ code: 'custom', message: token('routeOrRejected') });
    if (hasRejected && value.flags !== undefined) ctx.addIssue({ code: 'custom', path: ['flags'], message: token('flagsWithRejected') });
  });

/**
 * Why the casus answers a question as it does, and the answers practitioners would also accept
 * (issue 14 §8). Keyed by question id: a casus answers each question once (the machine never asks a
 * question twice without going back), so the answers list stays one pair per line, as the runner
 * and "save as casus" write it, and files without these fields stay valid.
 */
const perQuestion = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), value, { error: token('perQuestion') }).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!isAnyQuestionId(key)) ctx.addIssue({ code: 'custom', path: [key], message: token('unknownQuestion', { question: key }) });
    }
  });
const alternative = z.looseObject({ value: z.string({ error: expected('value') }), rationale: localized }, { error: token('alternatives') });

export const casusSchema = z
  .looseObject(
    {
      id: text.max(CASUS_LIMITS.id, tooLong(CASUS_LIMITS.id)),
      /**
       * Which statechart the answers are fed to: `concern` (the default, so every older file stays
       * valid) or `onderling`, behaviour between children (issue 14 §5).
       */
      flow: z.enum(FLOWS, { error: () => token('flow', { flows: FLOWS.join(', ') }) }).optional(),
      title: z.looseObject({ nl: title, en: title }, { error: expected('localized') }),
      sector: z.enum(SECTORS, {
        error: (issue) =>
          issue.input === undefined
            ? token('sector', { sectors: SECTORS.join(', ') }, true)
            : token('unknownSector', { sector: shown(issue.input), sectors: SECTORS.join(', ') }),
      }),
      story,
      answers: z.array(answer, { error: expected('answers') }).max(CASUS_LIMITS.answers, tooMany(CASUS_LIMITS.answers)),
      expect: expectSchema,
      /** For the trainer only (the presenter view): what to bring up in the discussion. */
      notes: localized.optional(),
      rationale: perQuestion(localized).optional(),
      alternatives: perQuestion(z.array(alternative, { error: token('alternatives') }).max(CASUS_LIMITS.alternatives, tooMany(CASUS_LIMITS.alternatives))).optional(),
    },
    { error: token('casus') },
  )
  .superRefine((casus, ctx) => {
    // Each flow has its own questions and routes.
    const flow: FlowId = casus.flow ?? 'concern';
    const ofFlow = flow === 'onderling' ? isOnderlingQuestionId : isQuestionId;
    casus.answers.forEach(([question], i) => {
      if (isAnyQuestionId(question) && !ofFlow(question)) {
        ctx.addIssue({ code: 'custom', path: ['answers', i, 0], message: token('flowQuestion', { question, flow }) });
      }
    });
    if (casus.expect.rejected !== undefined && isAnyQuestionId(casus.expect.rejected) && !ofFlow(casus.expect.rejected)) {
      ctx.addIssue({ code: 'custom', path: ['expect', 'rejected'], message: token('flowQuestion', { question: casus.expect.rejected, flow }) });
    }
    const route = casus.expect.route;
    const flowRoutes: readonly string[] = flow === 'onderling' ? [ONDERLING_ROUTE] : COUNTED_ROUTES.filter((r) => r !== ONDERLING_ROUTE);
    if (route !== undefined && !flowRoutes.includes(route)) {
      ctx.addIssue({ code: 'custom', path: ['expect', 'route'], message: token('flowRoute', { route, flow, routes: flowRoutes.join(', ') }) });
    }
    if (flow === 'onderling' && (casus.expect.flags ?? []).length > 0) {
      ctx.addIssue({ code: 'custom', path: ['expect', 'flags'], message: token('flowRoute', { route: ONDERLING_ROUTE, flow, routes: 'no flags' }) });
    }
    const given = new Map<string, string>(casus.answers.map(([q, v]) => [q, v]));
    for (const field of ['rationale', 'alternatives'] as const) {
      for (const question of Object.keys(casus[field] ?? {})) {
        if (isAnyQuestionId(question) && !given.has(question)) {
          ctx.addIssue({ code: 'custom', path: [field, question], message: token('notAnswered', { question }) });
        }
      }
    }
    for (const [question, list] of Object.entries(casus.alternatives ?? {})) {
      if (!isAnyQuestionId(question)) continue;
      const spec = isQuestionId(question) ? QUESTIONS[question] : ONDERLING_QUESTIONS[question];
      list.forEach((alt, i) => {
        if (alt.value === given.get(question)) {
          ctx.addIssue({ code: 'custom', path: ['alternatives', question, i, 'value'], message: token('alternativeIsAnswer', { value: alt.value }) });
        } else if (spec !== PARTNER_ANSWER && !(spec as readonly string[]).includes(alt.value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['alternatives', question, i, 'value'],
            message: token('alternativeUnknown', { value: alt.value, question, values: spec.join(', ') }),
          });
        }
      });
    }
  });

export type LocalizedText = { nl: string; en: string };
export interface Alternative {
  value: string;
  rationale: LocalizedText;
}

/** A valid casus. Extra fields of the file are kept (index signature) but not typed. */
export interface Casus {
  id: string;
  /** Absent: the concern. */
  flow?: FlowId;
  title: LocalizedText;
  sector: Sector;
  story: LocalizedText;
  /** Question ids of the casus' flow: QuestionId for the concern, OnderlingQuestionId for `onderling`. */
  answers: [QuestionId | OnderlingQuestionId, string][];
  expect:
    | { route: RouteId | typeof ONDERLING_ROUTE; flags?: Flag[]; rejected?: undefined }
    | { rejected: QuestionId | OnderlingQuestionId; route?: undefined; flags?: undefined };
  notes?: LocalizedText;
  rationale?: Partial<Record<QuestionId, LocalizedText>>;
  alternatives?: Partial<Record<QuestionId, Alternative[]>>;
  [extra: string]: unknown;
}
