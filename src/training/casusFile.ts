import { replay } from '../../machines/concern';
import { flagsOf, routeOf } from '../../machines/concern';
import { DEFAULT_PARTNERS, isQuestionId, SECTORS, type Answer, type Sector } from '../../machines/ids';
import type { TrainingCasus } from './casus';

// TEMPORARY until content/casus.ts (parseCasus / toCasusJson) lands.
export type ReadResult = { ok: true; casus: TrainingCasus } | { ok: false; errors: string[] };

export async function readCasusFile(text: string, _lng: string): Promise<ReadResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`JSON: ${(e as Error).message}`] };
  }
  const c = data as TrainingCasus;
  const errors: string[] = [];
  if (!c || typeof c !== 'object') return { ok: false, errors: ['no object'] };
  if (!(SECTORS as readonly string[]).includes(c.sector)) errors.push(`sector: ${String(c.sector)}`);
  if (!Array.isArray(c.answers)) errors.push('answers');
  else for (const [q] of c.answers) if (!isQuestionId(q)) errors.push(`Onbekende vraag-id: ${q}`);
  return errors.length ? { ok: false, errors } : { ok: true, casus: c };
}

export async function casusFileText(walk: { title: string; sector: Sector; answers: readonly Answer[] }): Promise<string> {
  const { snapshot } = replay(walk.answers, { sector: walk.sector, partners: DEFAULT_PARTNERS });
  const route = routeOf(snapshot);
  return JSON.stringify(
    { id: walk.title, title: { nl: walk.title }, sector: walk.sector, story: { nl: '' }, answers: walk.answers, expect: { route, flags: flagsOf(walk.answers) } },
    null,
    2,
  );
}
