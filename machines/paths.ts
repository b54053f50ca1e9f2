import { getSimplePaths } from '@xstate/graph';
import { concernMachine, type ConcernEvent } from './concern.machine';
import {
  acceptedValues,
  expectedQuestion,
  flagsOf,
  isWaiting,
  routeOf,
  type ConcernSnapshot,
} from './concern';
import { PARTNER_ANSWER, QUESTIONS, QUESTION_IDS, ROUTES, type Answer, type Flag, type PartnerKind, type RouteId } from './ids';
import { ONDERLING_QUESTIONS, ONDERLING_QUESTION_IDS, type OnderlingAnswer, type OnderlingRouteId } from './onderling.ids';
import { onderlingMachine, type OnderlingEvent } from './onderling.machine';
import {
  onderlingAcceptedValues,
  onderlingOutcomeOf,
  onderlingQuestionOf,
  onderlingRouteOf,
  type OnderlingSnapshot,
} from './onderling';

/**
 * The path table: every simple path of answers through the concern machine, from the start to each
 * state that bears a route. Generated (never written by hand) so it cannot drift from the machine;
 * `npm run paths` writes it to machines/paths.md and a test compares the committed file with a fresh
 * generation. Used by tests and scripts only (it imports @xstate/graph, which the app never loads).
 */

/**
 * One partner per kind stands for all partners of that kind: routing depends on the kind only, so
 * more partners would only multiply rows that say the same.
 */
export const REPRESENTATIVE_PARTNERS: Record<PartnerKind, string> = {
  internal: 'gezinscoaching',
  external: 'cjg',
};
const REPRESENTATIVES = new Set(Object.values(REPRESENTATIVE_PARTNERS));

/**
 * The ANSWER events the machine accepts now, each allowed value once; for partner questions only the
 * representative partners. Includes afweging.5 in the waiting states.
 */
export function answerEvents(snapshot: ConcernSnapshot): Extract<ConcernEvent, { type: 'ANSWER' }>[] {
  const question = expectedQuestion(snapshot);
  if (!question) return [];
  const partner = QUESTIONS[question] === PARTNER_ANSWER;
  return acceptedValues(snapshot)
    .filter((value) => !partner || REPRESENTATIVES.has(value))
    .map((value) => ({ type: 'ANSWER' as const, question, value }));
}

export interface PathRow {
  answers: Answer[];
  route: RouteId;
  /** Ends in the waiting state after hulp.partner (help runs; afweging.5 still to come). */
  waiting: boolean;
  flags: Flag[];
}

/** Sort key: the order of QUESTIONS and, within a question, the order of its values. */
function answerRank([question, value]: Answer): [number, number] {
  const spec = QUESTIONS[question];
  const values: readonly string[] = spec === PARTNER_ANSWER ? Object.values(REPRESENTATIVE_PARTNERS) : spec;
  return [QUESTION_IDS.indexOf(question), values.indexOf(value)];
}

function compareAnswers(a: readonly Answer[], b: readonly Answer[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [qa, va] = answerRank(a[i]);
    const [qb, vb] = answerRank(b[i]);
    if (qa !== qb) return qa - qb;
    if (va !== vb) return va - vb;
  }
  return a.length - b.length;
}

/** Every simple path of ANSWER events from the start to a route-bearing state, in a fixed order. */
export function pathRows(): PathRow[] {
  const paths = getSimplePaths(concernMachine, { input: {}, events: answerEvents });
  const rows: PathRow[] = [];
  for (const path of paths) {
    const route = routeOf(path.state);
    if (!route) continue;
    const answers = [...path.state.context.answers];
    rows.push({ answers, route, waiting: isWaiting(path.state), flags: flagsOf(answers) });
  }
  return rows.sort((a, b) => compareAnswers(a.answers, b.answers));
}

/** The ANSWER events the onderling machine accepts now, each allowed value once. */
export function onderlingAnswerEvents(snapshot: OnderlingSnapshot): Extract<OnderlingEvent, { type: 'ANSWER' }>[] {
  const question = onderlingQuestionOf(snapshot);
  if (!question) return [];
  return onderlingAcceptedValues(snapshot).map((value) => ({ type: 'ANSWER' as const, question, value }));
}

export interface OnderlingPathRow {
  answers: OnderlingAnswer[];
  route: OnderlingRouteId;
  /** The outcome's variant, derived from the answers (`onderlingOutcomeOf`). */
  outcome: string;
}

const onderlingRank = ([question, value]: OnderlingAnswer): [number, number] => [
  ONDERLING_QUESTION_IDS.indexOf(question),
  (ONDERLING_QUESTIONS[question] as readonly string[]).indexOf(value),
];

/** Every simple path of answers through the onderling machine (issue 14 §5) to its route, in a fixed order. */
export function onderlingPathRows(): OnderlingPathRow[] {
  const paths = getSimplePaths(onderlingMachine, { input: {}, events: onderlingAnswerEvents });
  const rows: OnderlingPathRow[] = [];
  for (const path of paths) {
    const route = onderlingRouteOf(path.state);
    if (!route) continue;
    const answers = [...path.state.context.answers];
    const o = onderlingOutcomeOf(answers);
    const outcome = [o.level, ...(o.online ? ['online'] : []), ...(o.meldcode ? ['meldcode'] : [])].join(', ');
    rows.push({ answers, route, outcome });
  }
  const compare = (a: readonly OnderlingAnswer[], b: readonly OnderlingAnswer[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const [qa, va] = onderlingRank(a[i]!);
      const [qb, vb] = onderlingRank(b[i]!);
      if (qa !== qb) return qa - qb;
      if (va !== vb) return va - vb;
    }
    return a.length - b.length;
  };
  return rows.sort((a, b) => compare(a.answers, b.answers));
}

/** The onderling section of machines/paths.md, after the concern machine's table (whose rows it leaves as they are). */
function renderOnderlingSection(rows: OnderlingPathRow[]): string[] {
  return [
    '## Behaviour between children (onderling machine)',
    '',
    'Its own statechart with its own entry (machines/onderling.machine.ts, issue 14 §5): every simple path',
    'of answers from its start to its outcome. The outcome column is the variant the outcome page shows',
    '(`onderlingOutcomeOf`): the level, `online` for images and sexting, `meldcode` when a child involved',
    'shows signals of being harmed itself.',
    '',
    `${rows.length} paths: ${[...new Set(rows.map((r) => r.route))].map((r) => `${r} ${rows.filter((x) => x.route === r).length}`).join(', ')}.`,
    '',
    '| # | answers | route | outcome |',
    '|---:|---|---|---|',
    ...rows.map((row, i) => `| ${i + 1} | ${row.answers.map(([q, v]) => `${q}=${v}`).join(' → ')} | ${row.route} | ${row.outcome} |`),
    '',
  ];
}

/** The Markdown of machines/paths.md. Deterministic: same machine, same text. */
export function renderPathTable(rows: PathRow[] = pathRows(), onderlingRows: OnderlingPathRow[] = onderlingPathRows()): string {
  const counts = new Map<string, number>();
  for (const route of ROUTES) {
    for (const waiting of [false, true]) {
      const n = rows.filter((row) => row.route === route && row.waiting === waiting).length;
      if (n > 0) counts.set(waiting ? `${route} (waiting)` : route, n);
    }
  }
  const lines = [
    '# Paths of the concern machine',
    '',
    '<!-- Generated by `npm run paths` (scripts/path-table.ts, machines/paths.ts). Do not edit by hand. -->',
    '',
    'Every simple path of answers from the start of a concern to a state that bears a route: the',
    'outcome states, and the waiting states after `hulp.partner` (help runs until `afweging.5` is',
    'answered; a path that goes on to `afweging.5` has its own row). Partners are represented by',
    `\`${REPRESENTATIVE_PARTNERS.internal}\` (internal) and \`${REPRESENTATIVE_PARTNERS.external}\` (external): routing depends on the kind only.`,
    'Flags are derived from the answers (`flagsOf`). The ids are those of shared/MELDCODE.md.',
    '',
    `${rows.length} paths: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}.`,
    '',
    '| # | answers | route | flags |',
    '|---:|---|---|---|',
    ...rows.map(
      (row, i) =>
        `| ${i + 1} | ${row.answers.map(([q, v]) => `${q}=${v}`).join(' → ')} | ${row.route}${
          row.waiting ? ' (waiting)' : ''
        } | ${row.flags.join(', ')} |`,
    ),
    '',
    ...renderOnderlingSection(onderlingRows),
  ];
  return lines.join('\n');
}
