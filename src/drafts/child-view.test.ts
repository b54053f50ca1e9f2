import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { concernMachine, type ConcernInput } from '../../machines/concern.machine';
import { AGE_NOTE_KEY } from '../../content/age';
import { openDb, type ZorgrouteDB } from '../storage/db';
import { createDraftStore } from './drafts-store';
import { CHILD_VIEW_QUESTIONS, NOTE_QUESTIONS, childViewKey, noteKey } from './note-keys';

// Issue 14 §2: the child's own view is a note of its own, encrypted like every other note; the age
// band travels with the notes. Real Dexie over fake-indexeddb, real WebCrypto, real machine.

const opened: ZorgrouteDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const input: ConcernInput = { sector: 'vo' };
const CHILD = 'CANARY-kind-9c1: "Ik wil niet dat mama het hoort, ik wil wel hulp."';

function supportActor() {
  const actor = createActor(concernMachine, { input });
  actor.start();
  for (const [question, value] of [
    ['triage.acuut', 'nee'],
    ['triage.medewerker', 'nee'],
    ['triage.signalen', 'nee'],
  ] as const) {
    actor.send({ type: 'ANSWER', question, value });
  }
  return actor;
}

describe('the child’s own view (issue 14 §2)', () => {
  it('has its own note key beside the worker’s note, at step 3 and in the support route', () => {
    expect(CHILD_VIEW_QUESTIONS).toEqual(['stap3.gesprek', 'steun.advies', 'steun.toestemming']);
    for (const q of CHILD_VIEW_QUESTIONS) expect(childViewKey(q)).not.toBe(noteKey(q));
    expect(childViewKey('stap3.gesprek')).toBe('stap3.gesprek@kind');
    // Step 3 keeps its own note for the conversation; the child's view is a second note.
    expect(NOTE_QUESTIONS['stap3.gesprek']).toBe('conversation');
  });

  it('is stored encrypted with the draft and comes back unchanged, with the age band', async () => {
    const db = openDb(`child-view-${Date.now()}`);
    opened.push(db);
    const store = createDraftStore(db);
    const notes = { [childViewKey('steun.advies')]: CHILD, [AGE_NOTE_KEY]: '12-16' };
    const meta = await store.saveDraft(
      { label: 'concept', input, snapshot: supportActor().getPersistedSnapshot(), notes },
      'een lange zin als wachtwoord',
      { today: '2026-12-01' },
    );
    const stored = JSON.stringify(await db.drafts.toArray());
    for (const secret of ['CANARY-kind', 'mama', '@kind', '12-16', AGE_NOTE_KEY]) expect(stored).not.toContain(secret);
    const draft = await store.openDraft(meta.id, 'een lange zin als wachtwoord', '2026-12-02');
    expect(draft.content.notes).toEqual(notes);
  });
});
