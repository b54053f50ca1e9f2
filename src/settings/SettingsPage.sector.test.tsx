// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appI18n, setAppLanguage, setupTestI18n } from '../../tests/i18n';
import { writePrefs } from '../storage/prefs';
import { getStore } from '../storage/store';
import SettingsPage from './SettingsPage';

configure({ asyncUtilTimeout: 10_000 });

/**
 * Kinderopvang is not a school (issue 14 §6): in the kinderopvang the settings page sets up locaties,
 * in sociaal werk schools and locations; what is stored is the same `school` typed po/vo.
 */
beforeAll(async () => {
  await setupTestI18n(['settings']);
});
beforeEach(async () => {
  await getStore().deleteAllLocalData();
  localStorage.clear();
  await setAppLanguage('nl');
});
afterEach(cleanup);

/** The schools section's visible text (headings, table, form, hints). */
const sectionText = () => screen.getByRole('region', { name: /^(locaties|locations|scholen|schools)$/i }).textContent ?? '';

describe('SettingsPage in the sector of the start page', { timeout: 60_000 }, () => {
  it('kinderopvang: adds a locatie, counted under PO, and never says school', async () => {
    writePrefs({ sector: 'kinderopvang' });
    const user = userEvent.setup();
    render(<SettingsPage navigate={() => undefined} />);
    await screen.findByText('Er zijn nog geen locaties.');
    expect(screen.getByRole('heading', { level: 2, name: 'Locaties' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Locatie toevoegen' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Vul de naam van de locatie in.');
    expect(summary).toHaveTextContent('Kies waar de locatie in de verantwoording bij meetelt: primair of voortgezet onderwijs.');

    await user.type(screen.getByLabelText('Naam van de locatie'), 'Kinderdagverblijf De Rups');
    const type = screen.getByRole('group', { name: 'Telt in de verantwoording mee bij' });
    expect(type).toHaveTextContent('meestal mee bij primair onderwijs');
    await user.click(within(type).getByLabelText('Primair onderwijs (PO)'));
    await user.click(screen.getByRole('button', { name: 'Locatie toevoegen' }));
    const table = await screen.findByRole('table', { name: 'Locaties van de organisatie' });
    expect(within(table).getByRole('rowheader', { name: 'Kinderdagverblijf De Rups' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Naam van de locatie' })).toBeInTheDocument();
    expect((await getStore().getSettings()).schools).toEqual([{ id: 'kinderdagverblijf-de-rups', name: 'Kinderdagverblijf De Rups', type: 'po' }]);

    expect(sectionText()).not.toMatch(/school/i);
    expect(screen.getByTestId('settings-page').textContent).not.toMatch(/\bschol(en)?\b/i);

    await user.click(within(table).getByRole('button', { name: 'Verwijderen Kinderdagverblijf De Rups' }));
    expect(screen.getByText('Kinderdagverblijf De Rups verwijderen? De tellingen van deze locatie blijven bewaard.')).toBeInTheDocument();
  });

  it('kinderopvang in English: locations', async () => {
    writePrefs({ sector: 'kinderopvang', language: 'en' });
    await setAppLanguage('en');
    render(<SettingsPage navigate={() => undefined} />);
    await screen.findByText('There are no locations yet.');
    expect(screen.getByRole('heading', { level: 2, name: 'Locations' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add location' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name of the location')).toBeInTheDocument();
    expect(screen.getByTestId('settings-page').textContent?.replace(/out-of-school/g, '')).not.toMatch(/\bschools?\b/i);
    expect(appI18n.language).toBe('en');
  });

  it('sociaal werk: schools and locations; po (and no choice made): schools, as before', async () => {
    writePrefs({ sector: 'sociaal-werk' });
    const { unmount } = render(<SettingsPage navigate={() => undefined} />);
    await screen.findByText('Er zijn nog geen scholen of locaties.');
    expect(screen.getByRole('heading', { level: 2, name: 'Scholen en locaties' })).toBeInTheDocument();
    expect(screen.getByLabelText('Naam van de school of locatie')).toBeInTheDocument();
    unmount();

    localStorage.clear();
    render(<SettingsPage navigate={() => undefined} />);
    await screen.findByText('Er zijn nog geen scholen.');
    expect(screen.getByRole('heading', { level: 2, name: 'Scholen' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Soort school' })).toBeInTheDocument();
  });
});
