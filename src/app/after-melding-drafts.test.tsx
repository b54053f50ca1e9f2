// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConcernSessionProvider } from '../concern/session';
import { loadNamespace } from './i18n';
import { ROUTE_PATHS, renderGuide, setupI18n } from '../guide/test-helpers';
import { getDb } from '../storage/db';
import { DocumentationPanel } from '../drafts/DocumentationPanel';
import { DraftsPage } from '../drafts/DraftsPage';
import type { GuideSlots } from '../guide/types';
import { replay } from '../../machines/concern';
import { DEFAULT_PARTNERS } from '../../machines/ids';

// Issue 14 §1 with the drafts feature in the guide's slot (composed here, as the app does): after a
// melding the documentation asks for the worker's own role and the feedback dates, and a saved draft
// reminds to ask Veilig Thuis when the first feedback is late — the dates only inside the ciphertext.

beforeAll(async () => {
  await setupI18n('nl');
  await loadNamespace('drafts', 'nl');
});
const SLOW = 60_000;

afterEach(async () => {
  cleanup();
  await getDb().drafts.clear();
});

/** Types a date into the three boxes (day, month, year) of the shared DateField labelled `name`. */
async function typeDate(user: ReturnType<typeof userEvent.setup>, scope: HTMLElement, name: string, [d, m, y]: [string, string, string]) {
  const field = within(scope).getByRole('group', { name });
  await user.type(within(field).getByRole('textbox', { name: 'Dag' }), d);
  await user.type(within(field).getByRole('textbox', { name: 'Maand' }), m);
  await user.type(within(field).getByRole('textbox', { name: 'Jaar' }), y);
}

const SLOTS: GuideSlots = {
  outcomeExtra: (ctx) => <DocumentationPanel route={ctx.route} waiting={ctx.waiting} />,
};

describe('documentation after a melding', () => {
  it('asks for the date, the agreed own role and the two feedbacks; reminds when the first is late; exports them', async () => {
    const user = userEvent.setup();
    renderGuide({ slots: SLOTS, answers: ROUTE_PATHS['veilig-thuis'], confirm: true });
    const group = screen.getByRole('group', { name: 'Na de melding' });
    expect(within(group).getByText(/Vul de datum van de melding in/)).toBeInTheDocument();

    await typeDate(user, group, 'Datum van de melding', ['3', '3', '2025']);
    // Monday 3 March 2025 + 5 working days = Monday 10 March; long past: ask Veilig Thuis.
    expect(
      within(group).getByText(
        'Melding op 3 maart 2025, na 5 werkdagen nog geen terugkoppeling vastgelegd: vraag Veilig Thuis (0800-2000) hoe het staat met de melding.',
      ),
    ).toBeInTheDocument();

    const role = within(group).getByRole('textbox', { name: 'Wat spraken jullie af over jouw eigen rol na de melding?' });
    await user.type(role, 'Ik blijf wekelijks met de leerling praten.');
    await typeDate(user, group, 'Terugkoppeling na de veiligheidsbeoordeling ontvangen op', ['7', '3', '2025']);
    expect(within(group).getByText(/Terugkoppeling na de veiligheidsbeoordeling ontvangen op 7 maart 2025\. De terugkoppeling aan het eind/)).toBeInTheDocument();

    // The documentation (preview, print, copy, Markdown) carries the section.
    const doc = document.querySelector('.zr-details .zr-doc__after-melding') as HTMLElement;
    expect(doc).toHaveTextContent('Datum van de melding: 3 maart 2025');
    expect(doc).toHaveTextContent('Terugkoppeling na de veiligheidsbeoordeling: 7 maart 2025');
    expect(doc).toHaveTextContent('Terugkoppeling aan het eind: niet ingevuld');
    expect(doc).toHaveTextContent('Afspraken over je eigen rol: Ik blijf wekelijks met de leerling praten.');
  }, SLOW);

  it('is not asked on other routes, nor while help runs', () => {
    for (const route of ['afgesloten', 'waiting', 'intern']) {
      renderGuide({ slots: SLOTS, answers: ROUTE_PATHS[route], confirm: true });
      expect(screen.queryByRole('group', { name: 'Na de melding' }), route).toBeNull();
      cleanup();
    }
  });
});

describe('a saved draft after a melding', () => {
  it('keeps the dates inside the ciphertext and reminds, once unlocked, to ask Veilig Thuis', async () => {
    const user = userEvent.setup();
    const answers = ROUTE_PATHS['veilig-thuis'] as [string, string][];
    const input = { sector: 'po' as const, partners: { ...DEFAULT_PARTNERS } };
    const { snapshot } = replay(answers, input);
    const { createDraftStore } = await import('../drafts/drafts-store');
    await createDraftStore().saveDraft(
      {
        label: 'melding groep 7',
        input,
        snapshot: JSON.parse(JSON.stringify(snapshot)),
        notes: { 'melding@date': '2025-03-03', 'melding.rol': 'CANARY-rol' },
      },
      'paard batterij nietje',
      { today: '2026-01-01', expiryDays: 365 },
    );
    // Nothing of the melding in clear: not the date, not the role, not the route.
    const rows = JSON.stringify(await getDb().drafts.toArray());
    expect(rows).not.toContain('2025-03-03');
    expect(rows).not.toContain('CANARY');
    expect(rows).not.toContain('melding');

    render(
      <ConcernSessionProvider>
        <DraftsPage navigate={() => undefined} />
      </ConcernSessionProvider>,
    );
    await screen.findByRole('heading', { level: 3, name: /^Concept — verloopt op / });
    expect(screen.queryByText(/terugkoppeling/)).toBeNull();
    await user.type(screen.getByLabelText('Wachtzin'), 'paard batterij nietje');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    const item = (await screen.findByRole('heading', { level: 3, name: 'melding groep 7' }, { timeout: 10_000 })).closest('li') as HTMLElement;
    const reminder = within(item).getByText(/^Melding op 3 maart 2025, na 5 werkdagen nog geen terugkoppeling vastgelegd/);
    expect(reminder).toHaveClass('zr-reminder--due');
  }, SLOW);
});
