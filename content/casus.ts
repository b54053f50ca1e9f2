import type { ConcernInput } from '../machines/concern.machine';
import {
  acceptedValues,
  expectedQuestion,
  flagsOf,
  isWaiting,
  refusalOf,
  replay,
  routeOf,
  type ConcernSnapshot,
  type Rejection,
} from '../machines/concern';
import {
  DEFAULT_PARTNERS,
  isQuestionId,
  type Answer,
  type Flag,
  type QuestionId,
  type RouteId,
  type Sector,
} from '../machines/ids';
import { ONDERLING_QUESTIONS, ONDERLING_ROUTE, type OnderlingQuestionId } from '../machines/onderling.ids';
import { onderlingAcceptedValues, onderlingQuestionOf, onderlingRouteOf, replayOnderling } from '../machines/onderling';
import { casusSchema, decodeMessage, englishProblem, type Casus, type CasusProblem } from './casus.schema';

/**
 * Casus files (shared/MELDCODE.md §7): parse, run against the real machine, and write. Pure; used by
 * the headless runner (`npm run casus`), the tests, and training (which imports this module lazily:
 * it pulls in zod, which must stay off the first page).
 *
 * Messages are English, like the runner's output; each names the question and the value concerned
 * so a trainer can find the line in the file.
 */

export type { Casus, CasusProblem } from './casus.schema';

/**
 * `issues` are English lines for the runner; `problems` are the same as message keys and values, for
 * training to word in the page's language.
 */
export type ParseResult = { ok: true; casus: Casus } | { ok: false; message: string; issues: string[]; problems: CasusProblem[] };

/** 1-based line and column of a character offset, for JSON errors. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** "answers[3][0]" from a zod path. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * The offset of the first JSON syntax error. V8's own messages give a position for some errors and
 * only a snippet for others ("Unexpected token ']', …"), so the spot is found by a small scanner of
 * the JSON grammar; only called after JSON.parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail());
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) ((i += k), fail());
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (offset) {
    return offset as number;
  }
}

/** Reads the text of a casus file: JSON syntax, then the shape. Every problem is named, with where. */
export function parseCasus(input: string): ParseResult {
  // Editors on Windows may save a byte order mark, which JSON.parse refuses.
  const text = input.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8's message without its position or snippet; the position is given as line and column.
    const reason = (error as Error).message
      .replace(/, (\.\.\.)?".*$/s, '')
      .replace(/ at position \d+.*$/s, '');
    const where = lineColumn(text, jsonErrorOffset(text));
    const problem: CasusProblem = { path: '', key: 'badJson', params: { line: String(where.line), column: String(where.column), reason } };
    const message = englishProblem(problem);
    return { ok: false, message, issues: [message], problems: [problem] };
  }
  const result = casusSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ path: formatPath(issue.path), ...decodeMessage(issue.message) }));
    const issues = problems.map(englishProblem);
    return { ok: false, message: `invalid casus: ${issues.join('; ')}`, issues, problems };
  }
  return { ok: true, casus: result.data as Casus };
}

export interface CasusRejection extends Rejection {
  /** e.g. "stap2.consultatie = collega is not allowed here (stap2.bijzonder = ja requires veilig-thuis or beide)". */
  message: string;
}

export interface CasusResult {
  /** The route of the state where the answers end (or where the refused answer stopped them). */
  route?: RouteId | typeof ONDERLING_ROUTE;
  /** Ends in the waiting state after hulp.partner. */
  waiting: boolean;
  flags: Flag[];
  rejected?: CasusRejection;
  pass: boolean;
  /** Why it passes or fails, in one line. */
  message: string;
}

/**
 * Says why the machine refused an answer, in terms of MELDCODE.md. The rule it failed is the
 * machine's own (`refusalOf` reads it from its transitions); this only words where the run stopped.
 */
export function describeRejection(snapshot: ConcernSnapshot, rejection: Rejection): string {
  const { question, value, reason } = rejection;
  if (reason === 'unknown-question' || !isQuestionId(question)) return `${question} is not a question id`;
  if (reason === 'not-asked-now') {
    const asked = expectedQuestion(snapshot);
    if (asked) return `${question} is not asked now (the machine asks ${asked})`;
    const route = routeOf(snapshot);
    return `${question} is not asked now (the answers already reached route ${route ?? '?'})`;
  }
  const because = refusalOf(snapshot, question, value);
  return `${question} = ${value} is not allowed here (${because ?? `allowed: ${acceptedValues(snapshot).join(', ') || 'nothing'}`})`;
}

/**
 * An alternative answer is one practitioners would accept, so the machine must take it where the
 * casus gives its own answer; says which one it refuses, if any.
 */
function refusedAlternative(casus: Casus, input: ConcernInput): string | undefined {
  for (const [question, list] of Object.entries(casus.alternatives ?? {})) {
    const at = casus.answers.findIndex(([q]) => q === question);
    if (at < 0 || !list) continue;
    const { snapshot } = replay(casus.answers.slice(0, at), {
      ...input,
      partners: input.partners ?? DEFAULT_PARTNERS,
      sector: casus.sector,
    });
    for (const alt of list) {
      if (!snapshot.can({ type: 'ANSWER', question: question as QuestionId, value: alt.value })) {
        return `alternative ${question} = ${alt.value} is refused by the machine (allowed: ${acceptedValues(snapshot).join(', ') || 'nothing'})`;
      }
    }
  }
  return undefined;
}

/**
 * Plays a casus through the real machine (`replay`), with its sector as input, and compares with what
 * it expects. A refused answer stops the run; it passes only if `expect.rejected` names that question.
 * `input` may give the organisation's sociale kaart; without it the default partners are used.
 */
export function runCasus(casus: Casus, input: ConcernInput = {}): CasusResult {
  if (casus.flow === 'onderling') return runOnderlingCasus(casus);
  const { snapshot, rejected } = replay(casus.answers, {
    ...input,
    partners: input.partners ?? DEFAULT_PARTNERS,
    sector: casus.sector,
  });
  const route = routeOf(snapshot);
  const waiting = isWaiting(snapshot);
  const flags = flagsOf(snapshot.context.answers);
  const rejection = rejected ? { ...rejected, message: describeRejection(snapshot, rejected) } : undefined;
  const base = { route, waiting, flags, ...(rejection ? { rejected: rejection } : {}) };
  const expect = casus.expect;

  if (expect.rejected !== undefined) {
    if (!rejection) {
      return { ...base, pass: false, message: `expected ${expect.rejected} to be refused, but every answer was accepted (route ${route ?? 'none'})` };
    }
    if (rejection.question !== expect.rejected) {
      return { ...base, pass: false, message: `expected ${expect.rejected} to be refused, but answer ${rejection.index + 1} was refused: ${rejection.message}` };
    }
    return { ...base, pass: true, message: `refused as expected: ${rejection.message}` };
  }

  if (rejection) {
    return { ...base, pass: false, message: `answer ${rejection.index + 1} refused: ${rejection.message}` };
  }
  const badAlternative = refusedAlternative(casus, input);
  if (badAlternative) return { ...base, pass: false, message: badAlternative };
  if (route === undefined) {
    const asked = expectedQuestion(snapshot);
    return { ...base, pass: false, message: `expected route ${expect.route}, but the answers stop before a route (the machine asks ${asked ?? '?'})` };
  }
  if (route !== expect.route) {
    return { ...base, pass: false, message: `expected route ${expect.route}, got ${route}` };
  }
  const missing = (expect.flags ?? []).filter((flag) => !flags.includes(flag));
  if (missing.length > 0) {
    return { ...base, pass: false, message: `expected flags ${missing.join(', ')}, got ${flags.join(', ') || 'none'}` };
  }
  return { ...base, pass: true, message: `route ${route}${waiting ? ' (waiting)' : ''} as expected` };
}

/**
 * A casus of behaviour between children (`"flow": "onderling"`, issue 14 §5): the answers go to the
 * onderling machine (machines/onderling.machine.ts), with the casus' sector; the same expectations and
 * messages as a concern's, without flags or waiting states (that machine has neither).
 */
function runOnderlingCasus(casus: Casus): CasusResult {
  const { snapshot, rejected } = replayOnderling(casus.answers, { sector: casus.sector });
  const route = onderlingRouteOf(snapshot);
  const asked = onderlingQuestionOf(snapshot);
  let rejection: CasusRejection | undefined;
  if (rejected) {
    const { question, value, reason } = rejected;
    const message =
      reason === 'unknown-question'
        ? `${question} is not a question id of the onderling flow`
        : reason === 'not-asked-now'
          ? asked
            ? `${question} is not asked now (the machine asks ${asked})`
            : `${question} is not asked now (the answers already reached route ${route ?? '?'})`
          : `${question} = ${value} is not allowed here (allowed: ${onderlingAcceptedValues(snapshot).join(', ') || 'nothing'})`;
    rejection = { ...rejected, message };
  }
  const base = { route, waiting: false, flags: [] as Flag[], ...(rejection ? { rejected: rejection } : {}) };
  const expect = casus.expect;
  if (expect.rejected !== undefined) {
    if (!rejection) return { ...base, pass: false, message: `expected ${expect.rejected} to be refused, but every answer was accepted (route ${route ?? 'none'})` };
    if (rejection.question !== expect.rejected) {
      return { ...base, pass: false, message: `expected ${expect.rejected} to be refused, but answer ${rejection.index + 1} was refused: ${rejection.message}` };
    }
    return { ...base, pass: true, message: `refused as expected: ${rejection.message}` };
  }
  if (rejection) return { ...base, pass: false, message: `answer ${rejection.index + 1} refused: ${rejection.message}` };
  // An alternative practitioners would accept must be taken by the machine where the casus answers.
  for (const [question, list] of Object.entries(casus.alternatives ?? {})) {
    const at = casus.answers.findIndex(([q]) => q === question);
    if (at < 0 || !list) continue;
    const before = replayOnderling(casus.answers.slice(0, at), { sector: casus.sector }).snapshot;
    for (const alt of list) {
      if (!(ONDERLING_QUESTIONS[question as OnderlingQuestionId] as readonly string[] | undefined)?.includes(alt.value) ||
          !before.can({ type: 'ANSWER', question: question as OnderlingQuestionId, value: alt.value })) {
        return { ...base, pass: false, message: `alternative ${question} = ${alt.value} is refused by the machine (allowed: ${onderlingAcceptedValues(before).join(', ') || 'nothing'})` };
      }
    }
  }
  if (route === undefined) {
    return { ...base, pass: false, message: `expected route ${expect.route}, but the answers stop before a route (the machine asks ${asked ?? '?'})` };
  }
  if (route !== expect.route) return { ...base, pass: false, message: `expected route ${expect.route}, got ${route}` };
  return { ...base, pass: true, message: `route ${route} as expected` };
}

export type Text = string | { nl: string; en: string };

export interface CasusMeta {
  id: string;
  title: Text;
  sector: Sector;
  story?: Text;
  /** Extra fields to keep in the file (notes, tags…). */
  extra?: Record<string, unknown>;
}

const both = (text: Text | undefined): { nl: string; en: string } =>
  typeof text === 'string' ? { nl: text, en: text } : text ?? { nl: '', en: '' };

/**
 * A walk as a casus file (training's "save as casus"). The expectation is what the real machine
 * does with the answers: the route and flags reached, or the refused question. Throws a RangeError
 * when the answers have not reached a route yet: a casus must say where it leads.
 */
export function toCasusJson(meta: CasusMeta, answers: readonly Answer[], input: ConcernInput = {}): string {
  const { snapshot, rejected } = replay(answers, {
    ...input,
    partners: input.partners ?? DEFAULT_PARTNERS,
    sector: meta.sector,
  });
  const route = routeOf(snapshot);
  let expectation: Casus['expect'];
  if (rejected) expectation = { rejected: rejected.question as QuestionId };
  else if (route) expectation = { route, flags: flagsOf(snapshot.context.answers) };
  else throw new RangeError(`the answers do not reach a route yet (the machine asks ${expectedQuestion(snapshot) ?? '?'})`);

  const casus = {
    ...meta.extra,
    id: meta.id,
    title: both(meta.title),
    sector: meta.sector,
    story: both(meta.story),
    answers: answers.map(([q, v]) => [q, v]),
    expect: expectation,
  };
  // One answer per line: trainers read and edit these files by hand.
  return JSON.stringify(casus, null, 2).replace(
    /\[\n\s+("[^"\n]*"),\n\s+("[^"\n]*")\n\s+\]/g,
    (_, q: string, v: string) => `[${q}, ${v}]`,
  ) + '\n';
}
