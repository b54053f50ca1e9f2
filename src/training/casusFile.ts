import type { Answer, Sector } from '../../machines/ids';
import { slug, type TrainingCasus } from './casus';

/**
 * Training's side of casus files. The parsing, the schema (zod) and the writing live in
 * content/casus.ts, shared with `npm run casus`; it is imported here on demand so zod is loaded
 * only when a trainer opens or saves a file.
 */

export type ReadResult = { ok: true; casus: TrainingCasus } | { ok: false; errors: string[] };

/** Words the schema's most frequent message (an unknown question id) in the user's language. */
export type Translate = (key: string, options: Record<string, string>) => string;

export async function readCasusFile(text: string, translate?: Translate): Promise<ReadResult> {
  const { parseCasus } = await import('../../content/casus');
  const result = parseCasus(text);
  if (result.ok) return { ok: true, casus: result.casus as TrainingCasus };
  const errors = result.issues.map((issue) => {
    const unknown = /^(.*?):?\s*unknown question id "([^"]*)"$/.exec(issue);
    if (!unknown || !translate) return issue;
    const message = translate('errors.unknownQuestion', { question: unknown[2] });
    return unknown[1] ? `${unknown[1]}: ${message}` : message;
  });
  return { ok: false, errors };
}

/** The walk as the text of a casus file; throws a RangeError when no route is reached yet. */
export async function casusFileText(walk: { title: string; sector: Sector; answers: readonly Answer[] }): Promise<string> {
  const { toCasusJson } = await import('../../content/casus');
  const title = walk.title.trim() || 'casus';
  return toCasusJson({ id: slug(title), title, sector: walk.sector, story: { nl: '', en: '' } }, walk.answers);
}
