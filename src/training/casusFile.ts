import type { Answer, Sector } from '../../machines/ids';
import type { CasusProblem } from '../../content/casus.schema';
import { slug, type TrainingCasus } from './casus';

/**
 * Training's side of casus files. The parsing, the schema (zod) and the writing live in
 * content/casus.ts, shared with `npm run casus`; it is imported here on demand so zod is loaded
 * only when a trainer opens or saves a file.
 */

/**
 * A problem of a file: its message key and values (worded when shown, so a language switch after
 * loading words it anew), where it is, and the runner's English line.
 */
export interface FileProblem {
  problem?: CasusProblem;
  /** A message already worded (the file could not be read at all). */
  message?: string;
  path: string;
  english: string;
}

export type ReadResult = { ok: true; casus: TrainingCasus } | { ok: false; problems: FileProblem[] };

/** i18next's t, or anything that words a key with values. */
export type Translate = (key: string, options?: Record<string, string>) => string;

/** Words one problem with the `training:casusErrors` texts. */
export function wordProblem(problem: CasusProblem, t: Translate): string {
  const text = t(`training:casusErrors.${problem.key}`, problem.params);
  return problem.missing ? t('training:casusErrors.missing', { what: text }) : text;
}

export async function readCasusFile(text: string): Promise<ReadResult> {
  const { parseCasus } = await import('../../content/casus');
  const { englishProblem } = await import('../../content/casus.schema');
  const result = parseCasus(text);
  // Training plays a casus through the concern session (guide, presenter, audience); a casus of behaviour
  // between children runs another machine, which training does not play (issue 14 §5: said, not half-done).
  if (result.ok && result.casus.flow === 'onderling') {
    const problem: CasusProblem = { path: 'flow', key: 'flowNotPlayable', params: {} };
    return { ok: false, problems: [{ problem, path: 'flow', english: englishProblem(problem) }] };
  }
  if (result.ok) return { ok: true, casus: result.casus as TrainingCasus };
  return {
    ok: false,
    problems: result.problems.map((problem) => ({
      problem,
      path: problem.path,
      english: englishProblem(problem),
    })),
  };
}

/** The walk as the text of a casus file; throws a RangeError when no route is reached yet. */
export async function casusFileText(walk: { title: string; sector: Sector; answers: readonly Answer[] }): Promise<string> {
  const { toCasusJson } = await import('../../content/casus');
  const title = walk.title.trim() || 'casus';
  return toCasusJson({ id: slug(title), title, sector: walk.sector, story: { nl: '', en: '' } }, walk.answers);
}
