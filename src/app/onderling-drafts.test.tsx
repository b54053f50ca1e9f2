// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import '../concern/actor';
import { ConcernSessionProvider } from '../concern/session';
import { onderlingCase } from '../concern/onderling-case';
import { DraftsPage } from '../drafts/DraftsPage';
import { resetUnlockedForTests } from '../drafts/unlocked';
import { getDb } from '../storage/db';
import { setupTestI18n } from '../../tests/i18n';
import { OnderlingRoute } from './GuideRoute';
import { UnloadGuard } from './UnloadGuard';

// The onderling route with the drafts feature in its slots, as the app composes it: notes on the questions
// that ask for a judgement, the pause link, the unload guard, and a draft of kind onderling saved on the
// drafts page and resumed after a "reload" (the tab's memory dropped). Real i18n, machine, Dexie over
// fake-indexeddb and WebCrypto.

beforeAll(() => setupTestI18n(['guide', 'onderling', 'drafts', 'record'], 'nl'));
beforeEach(() => onderlingCase.start('po'));
afterEach(async () => {
  cleanup();
  resetUnlockedForTests();
  await getDb().drafts.clear();
});
// Typing with user-event in jsdom is slow on a busy machine; the crypto runs 600k PBKDF2 rounds.
const SLOW = 90_000;

const NOTE = 'CANARY-on7 aanraken bij de wc zonder toestemming (bron: juf groep 4)';
const PASS = 'paard batterij nietje';

/** Whether a reload or closing the tab would be asked first (the browser's own dialog). */
function unloadIsAsked(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function renderRoute(navigate = vi.fn()) {
  render(
    <ConcernSessionProvider>
      <UnloadGuard />
      <OnderlingRoute navigate={navigate} />
    </ConcernSessionProvider>,
  );
  return navigate;
}

function renderDrafts(navigate = vi.fn()) {
  render(
    <ConcernSessionProvider>
      <UnloadGuard />
      <DraftsPage navigate={navigate} />
    </ConcernSessionProvider>,
  );
  return navigate;
}

describe('the onderling route keeps its work like the concern guide', () => {
  it('notes where it asks for a judgement, pause → encrypted draft → reload → resume at the same question', async () => {
    const user = userEvent.setup();
    renderRoute();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Om wat voor gedrag');
    // The kind of behaviour is a classification: the pause link, no note.
    expect(await screen.findByRole('link', { name: /Pauzeren en later verder/ })).toHaveAttribute('href', '#/concepten');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(unloadIsAsked()).toBe(false);
    await user.click(screen.getByRole('radio', { name: /^Seksueel gedrag/ }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));

    // The flag is a judgement: a note with the date of the step, kept in the case (memory only).
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vlaggensysteem');
    const note = await screen.findByRole('textbox', { name: 'Het gedrag en je beoordeling met het Vlaggensysteem' });
    expect(note).toHaveAccessibleDescription(/welke criteria/);
    // This route has no documentation export: its privacy line does not offer one.
    expect(screen.getByText(/Deze notitie blijft alleen in dit tabblad, tot je haar versleuteld als concept opslaat\.$/)).toBeInTheDocument();
    await user.type(note, NOTE);
    expect(onderlingCase.get().notes['onderling.vlag']).toBe(NOTE);
    expect(unloadIsAsked()).toBe(true);

    // Leaving the route (to the drafts page) keeps the case; it is saved there as a draft of its own kind.
    cleanup();
    renderDrafts();
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Gedrag tussen kinderen pauzeren: opslaan als concept' })).closest(
      'section',
    )!;
    await user.type(within(panel).getByLabelText('Label van het concept'), 'plein groep 4');
    await user.type(within(panel).getByLabelText('Wachtzin'), PASS);
    await user.type(within(panel).getByLabelText('Herhaal de wachtzin'), PASS);
    await user.click(within(panel).getByRole('button', { name: 'Concept opslaan' }));
    await within(panel).findByText(/Concept opgeslagen\. Het wordt verwijderd op/, {}, { timeout: 10_000 });
    expect(within(panel).getByRole('link', { name: 'Terug naar gedrag tussen kinderen' })).toHaveAttribute('href', '#/onderling');
    expect(unloadIsAsked()).toBe(false);
    const rows = await getDb().drafts.toArray();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/CANARY|plein|onderling|seksueel/);

    // A reload: the tab's memory (the case, the remembered passphrase) is gone; the draft is not.
    cleanup();
    resetUnlockedForTests();
    onderlingCase.start('vo');
    const navigate = renderDrafts();
    await screen.findByRole('heading', { level: 3, name: /^Concept — verloopt op / });
    await user.type(screen.getByLabelText('Wachtzin'), PASS);
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    const item = (await screen.findByRole('heading', { level: 3, name: 'plein groep 4' }, { timeout: 10_000 })).closest('li')!;
    expect(item).toHaveTextContent('Gedrag tussen kinderen');
    expect(item).toHaveTextContent('Gepauzeerd bij de vraag: Hoe beoordeel je het seksuele gedrag met het Vlaggensysteem?');
    await user.click(within(item).getByRole('button', { name: 'Openen: plein groep 4' }));
    expect(navigate).toHaveBeenCalledWith('/onderling');
    expect(onderlingCase.get()).toMatchObject({ sector: 'po', answers: [['onderling.soort', 'seksueel']] });
    expect(onderlingCase.get().notes['onderling.vlag']).toBe(NOTE);
    expect(unloadIsAsked()).toBe(false);

    // The route reopens at the same question, with the note.
    cleanup();
    renderRoute();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vlaggensysteem');
    expect(await screen.findByRole('textbox', { name: 'Het gedrag en je beoordeling met het Vlaggensysteem' })).toHaveValue(NOTE);
    // Back goes to the first question with its answer given: the answers came back too.
    await user.click(screen.getByRole('button', { name: 'Terug' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Om wat voor gedrag');
    await waitFor(() => expect(onderlingCase.get().answers).toEqual([]));
    // Answered otherwise than in the draft: a reload would be asked again.
    await user.click(screen.getByRole('radio', { name: /^Online/ }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(onderlingCase.get().answers).toEqual([['onderling.soort', 'online']]);
    expect(unloadIsAsked()).toBe(true);
  }, SLOW);
});
