// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { ConcernActor } from '../concern/actor';
import { ConcernSessionProvider, useConcernSession } from '../concern/session';
import { loadNamespace } from './i18n';
import { ROUTE_PATHS, renderGuide, setupI18n } from '../guide/test-helpers';
import { getDb } from '../storage/db';
import { DocumentationPanel } from '../drafts/DocumentationPanel';
import { DraftsPage } from '../drafts/DraftsPage';
import { SaveDraftPanel } from '../drafts/SaveDraftPanel';
import { QuestionNotes } from '../drafts/StepNotes';
import type { GuideSlots } from '../guide/types';
import { replay } from '../../machines/concern';
import { DEFAULT_PARTNERS } from '../../machines/ids';

// The drafts feature in the guide's slots, as the app composes them (so it lives in src/app: features do
// not import each other). Real i18n resources, real machine and session, real Dexie over fake-indexeddb,
// real WebCrypto.

beforeAll(async () => {
  await setupI18n('nl');
  await loadNamespace('drafts', 'nl');
});
// Typing with user-event in jsdom is slow on a busy machine; the crypto runs 600k PBKDF2 rounds.
const SLOW = 60_000;

afterEach(async () => {
  cleanup();
  await getDb().drafts.clear();
});

const SLOTS: GuideSlots = {
  questionExtra: (ctx) => <QuestionNotes {...ctx} draftsHref="#/concepten" />,
  outcomeExtra: (ctx) => (
    <>
      <DocumentationPanel route={ctx.route} waiting={ctx.waiting} />
      {ctx.training ? null : <SaveDraftPanel />}
    </>
  ),
};

describe('notes per step', () => {
  it('asks to record on meldcode steps, with the date of the step, and not on triage', async () => {
    const user = userEvent.setup();
    const { unmount } = renderGuide({ slots: SLOTS });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('link', { name: /Pauzeren en later verder/ })).toHaveAttribute('href', '#/concepten');
    unmount();

    renderGuide({ slots: SLOTS, answers: ROUTE_PATHS['veilig-thuis'].slice(0, 3) });
    const note = screen.getByRole('textbox', { name: 'Signalen en hun bron' });
    expect(note).toHaveAccessibleDescription(/Wie zag of hoorde wat/);
    await user.type(note, 'CANARY-ui blauwe plek, bron: mentor');
    expect(note).toHaveValue('CANARY-ui blauwe plek, bron: mentor');
    // The date in three boxes in the page's language (not the browser's date control).
    const date = screen.getByRole('group', { name: 'Datum van deze stap' });
    await user.type(within(date).getByRole('textbox', { name: 'Dag' }), '2');
    await user.type(within(date).getByRole('textbox', { name: 'Maand' }), '3');
    await user.type(within(date).getByRole('textbox', { name: 'Jaar' }), '2026');
    expect(within(date).getByRole('textbox', { name: 'Jaar' })).toHaveValue('2026');
    expect(screen.getByText(/Geen namen\. Schrijf feiten op met hun bron/)).toBeInTheDocument();
  }, SLOW);
});

describe('documentation export', () => {
  it('lists every answer with its official wording and source, the notes, the dates and the content version', async () => {
    const user = userEvent.setup();
    renderGuide({ slots: SLOTS, answers: ROUTE_PATHS['veilig-thuis'], confirm: true });
    const panel = screen.getByRole('heading', { level: 2, name: 'Documentatie voor het dossier' }).closest('section')!;
    await user.type(within(panel).getByRole('textbox', { name: 'Wat is besloten en gedaan' }), 'Gemeld door IB');
    await user.click(within(panel).getByText('Bekijk de documentatie'));
    const doc = panel.querySelector('article')!;
    expect(doc).toHaveTextContent('Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden');
    expect(doc).toHaveTextContent('Het afwegingskader in de meldcode (Nederlands Jeugdinstituut)');
    expect(doc).toHaveTextContent('Antwoord: Nee');
    expect(doc).toHaveTextContent('Gemeld door IB');
    expect(doc).toHaveTextContent(/Inhoudsversie\s*\d{4}\.\d{2}\.\d+/);
    expect(doc).toHaveTextContent('Melden bij Veilig Thuis');

    // Copy: the plain text goes to the clipboard (user-event provides one in jsdom)…
    await user.click(within(panel).getByRole('button', { name: 'Kopieer als tekst' }));
    expect(within(panel).getByRole('status')).toHaveTextContent('De documentatie staat als tekst op het klembord.');
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Gemeld door IB');
    expect(copied).toContain('Heb ik op basis van de stappen 1 tot en met 4');
    // …and when the browser refuses clipboard access, the text is shown selected, to copy by hand.
    const refuse = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(within(panel).getByRole('button', { name: 'Kopieer als tekst' }));
    refuse.mockRestore();
    const fallback = await within(panel).findByRole('textbox', { name: 'Documentatie als tekst' });
    expect((fallback as HTMLTextAreaElement).value).toBe(copied);
    expect(within(panel).getByRole('status')).toHaveTextContent(/Kopiëren naar het klembord lukte niet/);

    // Markdown download through a Blob URL: capture the blob the panel makes.
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:test';
    };
    try {
      await user.click(within(panel).getByRole('button', { name: 'Download als Markdown' }));
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).toHaveLength(1);
    const markdown = await blobs[0]!.text();
    expect(markdown).toMatch(/^# Documentatie van een zorg/);
    expect(markdown).toContain('> Heb ik op basis van de stappen 1 tot en met 4');
    expect(markdown).toContain('Gemeld door IB');
    expect(markdown).toMatch(/Inhoudsversie: \d{4}\.\d{2}\.\d+/);
    expect(within(panel).getByRole('status')).toHaveTextContent(/zorgroute-documentatie-\d{4}-\d{2}-\d{2}\.md/);
  }, SLOW);
});

/** Renders the drafts page in a session that starts from `answers`, exposing the session. */
function DraftsHarness({ answers, onSession }: { answers?: [string, string][]; onSession(s: ReturnType<typeof useConcernSession>): void }) {
  const session = useConcernSession();
  useEffect(() => {
    onSession(session);
  });
  return (
    <>
      <DraftsPage navigate={() => undefined} />
      <Probe />
      {answers ? <Seed answers={answers} /> : null}
    </>
  );
}
function Probe() {
  const answers = ConcernActor.useSelector((s) => s.context.answers);
  return <output data-testid="answers">{answers.map(([q, v]) => `${q}=${v}`).join(',')}</output>;
}
/** Restores the session once to a replayed concern, as if the worker had answered these questions. */
function Seed({ answers }: { answers: [string, string][] }) {
  const session = useConcernSession();
  useEffect(() => {
    if (session.generation > 0) return;
    const input = { sector: 'po' as const, partners: { ...DEFAULT_PARTNERS } };
    const { snapshot } = replay(answers, input);
    session.restore(input, JSON.parse(JSON.stringify(snapshot)), { 'stap1.signalen': 'CANARY-seed', 'afweging.5@due': '2026-01-05' });
  }, [session, answers]);
  return null;
}

describe('save, list, unlock, open', () => {
  it('saves an encrypted draft, lists it locked, refuses a wrong passphrase, opens with the right one', async () => {
    const user = userEvent.setup();
    let session: ReturnType<typeof useConcernSession> | undefined;
    const waiting = ROUTE_PATHS.waiting as [string, string][];
    render(
      <ConcernSessionProvider>
        <DraftsHarness answers={waiting} onSession={(s) => (session = s)} />
      </ConcernSessionProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('answers')).toHaveTextContent('hulp.partner=gezinscoaching'));
    await screen.findByText('Er staan geen concepten op dit apparaat.');

    // Validation: empty label, short passphrase → error summary with links to the fields.
    const save = screen.getByRole('button', { name: 'Concept opslaan' });
    await user.click(save);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Geef het concept een label van 1 tot 80 tekens (geen namen).',
      'Kies een wachtzin van minstens 10 tekens.',
    ]);
    await user.type(screen.getByLabelText('Label van het concept'), 'CANARY-label groep 6');
    await user.type(screen.getByLabelText('Wachtzin', { selector: 'input[name="draft-passphrase"]' }), 'paard batterij nietje');
    expect(screen.getByText(/Sterkte van de wachtzin: sterk/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Herhaal de wachtzin'), 'paard batterij nietjx');
    await user.click(save);
    expect(await screen.findByText('De twee wachtzinnen zijn niet gelijk.', { selector: 'a' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Herhaal de wachtzin'));
    await user.type(screen.getByLabelText('Herhaal de wachtzin'), 'paard batterij nietje');
    await user.click(save);
    await screen.findByText(/Concept opgeslagen\. Het wordt verwijderd op/, {}, { timeout: 5000 });

    // Stored: nothing readable.
    const rows = await getDb().drafts.toArray();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('CANARY');

    // The page lists it (after a refresh of the page) as locked.
    cleanup();
    render(
      <ConcernSessionProvider>
        <DraftsHarness onSession={(s) => (session = s)} />
      </ConcernSessionProvider>,
    );
    const item = await screen.findByRole('heading', { level: 3, name: /^Concept — verloopt op / });
    expect(item).toBeInTheDocument();
    expect(screen.queryByText(/CANARY/)).toBeNull();

    await user.type(screen.getByLabelText('Wachtzin'), 'verkeerde wachtzin');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText(/de wachtzin klopt niet of de opgeslagen gegevens zijn gewijzigd/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await getDb().drafts.count()).toBe(1);

    await user.clear(screen.getByLabelText('Wachtzin'));
    await user.type(screen.getByLabelText('Wachtzin'), 'paard batterij nietje');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'CANARY-label groep 6' }, { timeout: 5000 })).toBeInTheDocument();
    // Waiting for afweging 5 with a due date in the past: the reminder says so.
    expect(screen.getByText(/Evalueer afweging 5 nu — de termijn was 5 januari 2026/)).toBeInTheDocument();

    // Open: the current concern is empty, so it opens at once and restores answers and notes.
    await user.click(screen.getByRole('button', { name: 'Openen: CANARY-label groep 6' }));
    await waitFor(() => expect(screen.getByTestId('answers')).toHaveTextContent('hulp.partner=gezinscoaching'));
    expect(session?.notes['stap1.signalen']).toBe('CANARY-seed');
  }, SLOW);

  it('deletes a draft after confirmation', async () => {
    const user = userEvent.setup();
    const waiting = ROUTE_PATHS.waiting as [string, string][];
    const { createDraftStore } = await import('../drafts/drafts-store');
    const { snapshot } = replay(waiting, { partners: { ...DEFAULT_PARTNERS } });
    await createDraftStore().saveDraft(
      { label: 'weg', input: { partners: { ...DEFAULT_PARTNERS } }, snapshot: JSON.parse(JSON.stringify(snapshot)), notes: {} },
      'paard batterij nietje',
      { today: '2026-01-01', expiryDays: 365 },
    );
    render(
      <ConcernSessionProvider>
        <DraftsPage navigate={() => undefined} />
      </ConcernSessionProvider>,
    );
    await user.click(await screen.findByRole('button', { name: /^Verwijderen: Concept — verloopt op/ }));
    await user.click(screen.getByRole('button', { name: 'Nee, bewaren' }));
    expect(await getDb().drafts.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: /^Verwijderen: Concept — verloopt op/ }));
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    });
    await screen.findByText('Het concept is verwijderd.');
    expect(await getDb().drafts.count()).toBe(0);
  }, SLOW);

  it('keeps no drafts in training mode', () => {
    function Training() {
      const session = useConcernSession();
      useEffect(() => {
        if (!session.training) session.start({}, { training: true });
      }, [session]);
      return <SaveDraftPanel />;
    }
    render(
      <ConcernSessionProvider>
        <Training />
      </ConcernSessionProvider>,
    );
    expect(screen.getByText('In de trainingsmodus worden geen concepten bewaard.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Wachtzin')).toBeNull();
  });
});
