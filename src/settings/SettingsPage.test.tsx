// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupTestI18n } from '../../tests/i18n';
import { getStore } from '../storage/store';
import SettingsPage from './SettingsPage';

configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await setupTestI18n(['settings']);
});
beforeEach(async () => {
  await getStore().deleteAllLocalData();
});
afterEach(cleanup);

describe('SettingsPage', { timeout: 60_000 }, () => {
  it('adds, changes and removes schools; an id stays when the name changes', async () => {
    const user = userEvent.setup();
    render(<SettingsPage navigate={() => undefined} />);
    await screen.findByTestId('settings-no-schools');

    // The name and type are required.
    await user.click(screen.getByRole('button', { name: 'School toevoegen' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Vul de naam van de school in.');
    expect(summary).toHaveTextContent('Kies primair of voortgezet onderwijs.');

    await user.type(screen.getByLabelText('Naam van de school'), 'De Höchte');
    await user.click(screen.getByLabelText('Primair onderwijs (PO)'));
    await user.click(screen.getByRole('button', { name: 'School toevoegen' }));
    const table = await screen.findByTestId('settings-schools');
    expect(within(table).getByRole('rowheader', { name: 'De Höchte' })).toBeInTheDocument();
    expect(within(table).getByText('de-hochte')).toBeInTheDocument();
    expect((await getStore().getSettings()).schools).toEqual([{ id: 'de-hochte', name: 'De Höchte', type: 'po' }]);

    await user.click(within(table).getByRole('button', { name: 'Wijzigen De Höchte' }));
    const name = screen.getByLabelText('Naam van de school');
    expect(name).toHaveValue('De Höchte');
    await user.clear(name);
    await user.type(name, 'De Höchte (locatie Noord)');
    await user.click(screen.getByLabelText('Voortgezet onderwijs (VO)'));
    await user.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    await screen.findByText('De Höchte (locatie Noord) is gewijzigd.');
    expect((await getStore().getSettings()).schools).toEqual([{ id: 'de-hochte', name: 'De Höchte (locatie Noord)', type: 'vo' }]);

    await user.click(screen.getByRole('button', { name: 'Verwijderen De Höchte (locatie Noord)' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await screen.findByTestId('settings-no-schools');
    expect((await getStore().getSettings()).schools).toEqual([]);
  });

  it('refuses an invalid sociale kaart with the validator message and keeps the kaart; saves the threshold', async () => {
    const user = userEvent.setup();
    render(<SettingsPage navigate={() => undefined} />);
    const input = await screen.findByTestId('settings-kaart-file');
    await user.upload(input, new File(['{"schemaVersion": 1, "name": ""}'], 'kaart.json', { type: 'application/json' }));
    const error = await screen.findByTestId('settings-kaart-error');
    // One plain sentence that says what to do; the fields are folded away under Dutch words.
    expect(error.querySelector('.zr-import-error__message')).toHaveTextContent(
      /^kaart\.json is niet geïmporteerd en er is niets veranderd, want er staan fouten in: herstel de velden/,
    );
    expect(within(error).getByText('Technische details').closest('details')).not.toHaveAttribute('open');
    expect(error).toHaveTextContent('name: mag niet leeg zijn');
    expect(error).not.toHaveTextContent(/Invalid input|expected|must not/);
    expect((await getStore().getSettings()).socialeKaart).toBeUndefined();

    await user.selectOptions(screen.getByLabelText('Kleine aantallen verbergen onder'), '5');
    await user.clear(screen.getByLabelText('Concepten bewaren (dagen)'));
    await user.type(screen.getByLabelText('Concepten bewaren (dagen)'), '400');
    await user.click(screen.getByRole('button', { name: 'Privacy-instellingen opslaan' }));
    expect(screen.getByRole('link', { name: 'Vul een heel getal van 1 tot en met 365 in.' })).toBeInTheDocument();
    expect((await getStore().getSettings()).suppressionThreshold).toBe(10);
    await user.clear(screen.getByLabelText('Concepten bewaren (dagen)'));
    await user.type(screen.getByLabelText('Concepten bewaren (dagen)'), '30');
    await user.click(screen.getByRole('button', { name: 'Privacy-instellingen opslaan' }));
    await screen.findByText('Opgeslagen.');
    const saved = await getStore().getSettings();
    expect(saved.suppressionThreshold).toBe(5);
    expect(saved.draftExpiryDays).toBe(30);
  });

  it('imports a colleague\'s settings file (same school ids), and refuses a broken one without changes', async () => {
    const user = userEvent.setup();
    await getStore().setSettings({ organisation: 'Oud', schools: [{ id: 'oud', name: 'Oud', type: 'po' }] });
    render(<SettingsPage navigate={() => undefined} />);
    const input = await screen.findByTestId('settings-file');
    await user.upload(input, new File(['{"format": "zorgroute-settings", "version": 2}'], 'x.json', { type: 'application/json' }));
    expect(await screen.findByTestId('settings-file-error')).toHaveTextContent('x.json is niet geïmporteerd');
    expect((await getStore().getSettings()).organisation).toBe('Oud');

    const { settingsToFileText, DEFAULT_SETTINGS } = await import('../storage/settings');
    const file = settingsToFileText({ ...DEFAULT_SETTINGS, organisation: 'Welstad', schools: [{ id: 'de-linde', name: 'De Linde', type: 'po' }] });
    await user.upload(input, new File([file], 'welstad.json', { type: 'application/json' }));
    // It asks first and shows what changes; nothing is stored yet.
    const review = await screen.findByTestId('settings-review');
    expect(review).toHaveTextContent('Naam van de organisatienu Oud, wordt Welstad');
    expect(review).toHaveTextContent('erbij: De Linde (po).');
    expect(review).toHaveTextContent('eraf: Oud (po).');
    expect(screen.queryByTestId('settings-weaker')).toBeNull();
    expect((await getStore().getSettings()).organisation).toBe('Oud');
    await user.click(within(review).getByRole('button', { name: 'Ja, importeren' }));
    await screen.findByText('De instellingen zijn geïmporteerd: 1 school.');
    expect(screen.getByLabelText('Naam van de organisatie')).toHaveValue('Welstad');
    expect(within(screen.getByTestId('settings-schools')).getByRole('rowheader', { name: 'De Linde' })).toBeInTheDocument();
    const saved = await getStore().getSettings();
    expect(saved.organisation).toBe('Welstad');
    expect(saved.schools).toEqual([{ id: 'de-linde', name: 'De Linde', type: 'po' }]);
  });

  it('warns before a settings file makes privacy weaker, and cancelling changes nothing', async () => {
    const user = userEvent.setup();
    const { settingsToFileText, DEFAULT_SETTINGS } = await import('../storage/settings');
    await getStore().setSettings({ organisation: 'Welstad' });
    const before = await getStore().getSettings();
    render(<SettingsPage navigate={() => undefined} />);
    const input = await screen.findByTestId('settings-file');
    const weaker = settingsToFileText({ ...DEFAULT_SETTINGS, organisation: 'Welstad', suppressionThreshold: 5, draftExpiryDays: 365 });
    await user.upload(input, new File([weaker], 'zwakker.json', { type: 'application/json' }));
    const warning = await screen.findByTestId('settings-weaker');
    expect(warning).toHaveTextContent('Let op: met dit bestand wordt de privacy zwakker.');
    expect(warning).toHaveTextContent('De drempel gaat omlaag van 10 naar 5');
    expect(warning).toHaveTextContent('Concepten blijven langer bewaard: 365 in plaats van 42 dagen.');
    await user.click(within(screen.getByTestId('settings-review')).getByRole('button', { name: 'Annuleren' }));
    await screen.findByText('Niet geïmporteerd; er is niets veranderd.');
    expect(await getStore().getSettings()).toEqual(before);
  });

  it('refuses a file larger than a settings file can be without reading it', async () => {
    const user = userEvent.setup();
    render(<SettingsPage navigate={() => undefined} />);
    const input = await screen.findByTestId('settings-file');
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'groot.json', { type: 'application/json' });
    await user.upload(input, big);
    expect(await screen.findByTestId('settings-file-error')).toHaveTextContent(
      'groot.json is niet geïmporteerd en er is niets veranderd, want het is groter dan 2 MB en dus geen instellingenbestand',
    );
  });
});
