// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupTestI18n } from '../../tests/i18n';
import { totalOf } from '../storage/counts';
import { getStore } from '../storage/store';
import { monthOf } from '../storage/cells';
import QuickRegistration from './QuickRegistration';
import { RecordPanel } from './RecordPanel';
import { COUNTED_NOTE, countedNoteText, readCounted } from './recording';

// Storage (Dexie over fake-indexeddb) answers asynchronously; a busy machine needs more than 1 s.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await setupTestI18n(['record']);
});
beforeEach(async () => {
  await getStore().deleteAllLocalData();
});
afterEach(cleanup);

const month = monthOf(new Date());
const addSchools = (...schools: { id: string; name: string; type: 'po' | 'vo' }[]) => getStore().setSettings({ schools });
const total = async (school: string, column: string) => totalOf(await getStore().readTotals(), `${month}|${school}|${column}`);

describe('RecordPanel', { timeout: 60_000 }, () => {
  it('counts nothing in training mode and says so', async () => {
    await addSchools({ id: 'de-linde', name: 'De Linde', type: 'po' });
    render(<RecordPanel route="advies" flags={[]} training settingsHref="#/instellingen" />);
    expect(screen.getByText(/Oefenmodus: er wordt niets geteld/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tellen' })).toBeNull();
    expect((await getStore().readTotals()).rows.size).toBe(0);
  });

  it('is not offered again for a concern counted before (a resumed draft carries the marker)', async () => {
    await addSchools({ id: 'de-linde', name: 'De Linde', type: 'po' });
    render(
      <RecordPanel route="advies" flags={[]} training={false} settingsHref="#/instellingen"
        countedBefore={{ school: 'De Linde', month }} />,
    );
    expect((await screen.findAllByText(/Geteld/)).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Tellen' })).toBeNull();
  });

  it('on a fresh install a school is added right there (name and type required) and counted', async () => {
    const user = userEvent.setup();
    render(<RecordPanel route="veilig-thuis" flags={['acuut']} training={false} settingsHref="#/instellingen" />);
    const panel = await screen.findByTestId('record-panel');
    expect(await within(panel).findByTestId('record-new-school')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Scholen instellen' })).toHaveAttribute('href', '#/instellingen');
    // Nothing chosen for the user: no type, no "who raised it".
    expect(within(panel).getByLabelText('Primair onderwijs (PO)')).not.toBeChecked();
    expect(within(panel).getByLabelText('Weet ik niet')).not.toBeChecked();
    await user.click(within(panel).getByRole('button', { name: 'Tellen' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Vul de naam van de school in.');
    expect(summary).toHaveTextContent('Kies de soort school');
    expect(summary).toHaveTextContent('Kies wat je hebt gedaan.');
    expect((await getStore().getSettings()).schools).toEqual([]);

    await user.type(within(panel).getByLabelText('Naam van de school'), 'De Linde');
    await user.click(within(panel).getByLabelText('Primair onderwijs (PO)'));
    await user.click(within(within(panel).getByRole('group', { name: /Wat heb je gedaan/ })).getByLabelText('Gesprek'));
    await user.click(within(panel).getByRole('button', { name: 'Tellen' }));
    expect(await within(panel).findByRole('button', { name: 'Geteld' })).toBeDisabled();
    expect((await getStore().getSettings()).schools).toEqual([{ id: 'de-linde', name: 'De Linde', type: 'po' }]);
    expect(await total('de-linde', 'route|veilig-thuis')).toBe(1);
    // The summary says what was counted, once (no "Geteld. Geteld voor…").
    const counted = within(panel).getByTestId('record-counted');
    expect(counted).toHaveTextContent(/^Geteld voor De Linde in/);
    expect(counted).toHaveTextContent('Direct gevaar');
    expect(counted).toHaveTextContent('Gesprek');
  });

  it('counts a referral once, with the partner and flags from the concern, and then shows "Geteld"', async () => {
    const user = userEvent.setup();
    await addSchools({ id: 'de-linde', name: 'De Linde', type: 'po' }, { id: 'ubbo', name: 'Ubbo Emmius', type: 'vo' });
    // The concern's notes, as the app's session keeps them: the panel's one "counted" marker lives there.
    const notes: Record<string, string> = {};
    const view = render(
      <RecordPanel onCounted={(c) => (notes[COUNTED_NOTE] = countedNoteText(c))} route="intern" flags={['vt-advies']} partner="gezinscoaching" partnerKind="internal" partnerName="Gezinscoaching" training={false} settingsHref="#/instellingen" />,
    );
    const panel = await screen.findByTestId('record-panel');
    expect(within(panel).getByText('Gezinscoaching')).toBeInTheDocument();
    expect(within(panel).getByText('Veilig Thuis om advies gevraagd')).toBeInTheDocument();
    // No school chosen: an error summary links to the school field; nothing is stored.
    await user.click(await within(panel).findByRole('button', { name: 'Tellen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Kies een school.');
    expect((await getStore().readTotals()).rows.size).toBe(0);

    const schools = within(panel).getByRole('group', { name: 'School' });
    await user.click(within(schools).getByLabelText('Ubbo Emmius (VO)'));
    await user.click(within(within(panel).getByRole('group', { name: /Met wie had je contact/ })).getByLabelText('Ouder'));
    await user.click(within(within(panel).getByRole('group', { name: /Wie bracht de vraag in/ })).getByLabelText('Leerkracht of mentor'));
    await user.click(within(within(panel).getByRole('group', { name: /Over welke thema/ })).getByLabelText('Thuissituatie'));
    await user.click(within(panel).getByRole('button', { name: 'Tellen' }));
    // What was done is required here as in quick registration.
    expect(screen.getByRole('alert')).toHaveTextContent('Kies wat je hebt gedaan.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Kies een school.');
    await user.click(within(within(panel).getByRole('group', { name: /Wat heb je gedaan/ })).getByLabelText('Gesprek'));
    await user.click(within(panel).getByRole('button', { name: 'Tellen' }));

    const done = await within(panel).findByRole('button', { name: 'Geteld' });
    expect(done).toBeDisabled();
    expect(within(panel).getAllByRole('status').some((s) => /Geteld voor Ubbo Emmius/.test(s.textContent ?? ''))).toBe(true);
    expect(await total('ubbo', 'registratie|n')).toBe(1);
    expect(await total('ubbo', 'route|intern')).toBe(1);
    expect(await total('ubbo', 'verwijzing|internal.gezinscoaching')).toBe(1);
    expect(await total('ubbo', 'vlag|vt-advies')).toBe(1);
    expect(await total('ubbo', 'contact-via|ouder.leerkracht')).toBe(1);
    expect(await total('ubbo', 'thema|thuissituatie')).toBe(1);

    // The same concern later (help evaluated, closed): counted already, not offered again.
    view.unmount();
    render(<RecordPanel countedBefore={readCounted(notes)} route="afgesloten" flags={[]} training={false} settingsHref="#/instellingen" />);
    expect(await screen.findByRole('button', { name: 'Geteld' })).toBeDisabled();
    expect(screen.getByText(/Geteld voor Ubbo Emmius/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'School' })).toBeNull();
    expect(await total('ubbo', 'registratie|n')).toBe(1);
  });

  it('does not count a partner when consent was refused (route begeleiding)', async () => {
    const user = userEvent.setup();
    await addSchools({ id: 'de-linde', name: 'De Linde', type: 'po' });
    render(<RecordPanel route="begeleiding" flags={[]} partner="cjg" partnerKind="external" training={false} settingsHref="#/instellingen" />);
    const panel = await screen.findByTestId('record-panel');
    expect(within(panel).queryByText('Verwezen naar')).toBeNull();
    // One school: chosen already.
    expect(await within(panel).findByLabelText('De Linde (PO)')).toBeChecked();
    await user.click(within(within(panel).getByRole('group', { name: /Wat heb je gedaan/ })).getByLabelText('Gesprek'));
    await user.click(within(panel).getByRole('button', { name: 'Tellen' }));
    await within(panel).findByRole('button', { name: 'Geteld' });
    expect(await total('de-linde', 'route|begeleiding')).toBe(1);
    const totals = await getStore().readTotals();
    expect(totals.columns.some((c) => c.startsWith('verwijzing|'))).toBe(false);
  });
});

describe('QuickRegistration', { timeout: 60_000 }, () => {
  it('asks what was done, then counts a few taps and can start another', async () => {
    const user = userEvent.setup();
    await addSchools({ id: 'de-linde', name: 'De Linde', type: 'po' });
    render(<QuickRegistration navigate={() => undefined} />);
    await screen.findByLabelText('De Linde (PO)');
    await user.click(screen.getByRole('button', { name: 'Tellen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Kies wat je hebt gedaan.');

    await user.click(within(screen.getByRole('group', { name: /Wat heb je gedaan/ })).getByLabelText('Observatie in de klas'));
    await user.click(within(screen.getByRole('group', { name: /Met wie had je contact/ })).getByLabelText('Leerkracht of mentor'));
    await user.click(within(screen.getByRole('group', { name: /Hoe liep het af/ })).getByLabelText('Advies'));
    await user.click(screen.getByRole('button', { name: 'Tellen' }));
    expect(await screen.findByRole('button', { name: 'Geteld' })).toBeDisabled();
    expect(await total('de-linde', 'activiteit|observatie')).toBe(1);
    expect(await total('de-linde', 'route|advies')).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Nog een registratie' }));
    expect(screen.getByLabelText('De Linde (PO)')).toBeChecked();
    expect(screen.getByLabelText('Observatie in de klas')).not.toBeChecked();
    await user.click(screen.getByLabelText('Multidisciplinair overleg (MDO)'));
    await user.click(screen.getByRole('button', { name: 'Tellen' }));
    await screen.findByRole('button', { name: 'Geteld' });
    expect(await total('de-linde', 'registratie|n')).toBe(2);
    expect(await total('de-linde', 'activiteit|mdo')).toBe(1);
  });
});
