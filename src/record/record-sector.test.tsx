// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupTestI18n } from '../../tests/i18n';
import { getStore } from '../storage/store';
import { writePrefs } from '../storage/prefs';
import QuickRegistration from './QuickRegistration';
import { RecordPanel } from './RecordPanel';

// Issue 14 §6, kinderopvang is not a school: the record panel and the quick registration speak of a
// "locatie" in the kinderopvang; what is counted (the school dimension, po/vo) is unchanged.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await setupTestI18n(['record']);
});
beforeEach(async () => {
  await getStore().deleteAllLocalData();
});
afterEach(cleanup);

describe('record in the kinderopvang', { timeout: 60_000 }, () => {
  it('asks for a locatie, not a school, and says why counting is per locatie', async () => {
    await getStore().setSettings({ schools: [{ id: 'de-hummel', name: 'De Hummel', type: 'po' }, { id: 'het-nest', name: 'Het Nest', type: 'po' }] });
    render(<RecordPanel route="advies" flags={[]} training={false} settingsHref="#/instellingen" sector="kinderopvang" />);
    expect(await screen.findByRole('group', { name: 'Locatie' })).toBeInTheDocument();
    expect(screen.getByText(/per maand en per locatie/)).toBeInTheDocument();
    expect(screen.getByText('De locatie van de opvang (kinderdagverblijf, peuteropvang of bso) waar het kind komt.')).toBeInTheDocument();
    expect(screen.queryByText(/school/i)).toBeNull();
    // The error says locatie too.
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tellen' }));
    expect((await screen.findAllByText('Kies een locatie.')).length).toBeGreaterThan(0);
  });

  it('on a fresh install the first locatie is named there, and says how it counts in the report', async () => {
    render(<RecordPanel route="advies" flags={[]} training={false} settingsHref="#/instellingen" sector="kinderopvang" />);
    expect(await screen.findByText(/Er zijn nog geen locaties ingesteld/)).toBeInTheDocument();
    expect(screen.getByLabelText('Naam van de locatie')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Telt in de verantwoording mee bij' })).toBeInTheDocument();
  });

  it('a school sector keeps "school"; sociaal werk says "school of locatie"', async () => {
    await getStore().setSettings({ schools: [{ id: 'a', name: 'A', type: 'po' }, { id: 'b', name: 'B', type: 'vo' }] });
    render(<RecordPanel route="advies" flags={[]} training={false} settingsHref="#/instellingen" sector="po" />);
    expect(await screen.findByRole('group', { name: 'School' })).toBeInTheDocument();
    cleanup();
    render(<RecordPanel route="advies" flags={[]} training={false} settingsHref="#/instellingen" sector="sociaal-werk" />);
    expect(await screen.findByRole('group', { name: 'School of locatie' })).toBeInTheDocument();
  });

  it('the quick registration follows the sector chosen on the start page', async () => {
    await getStore().setSettings({ schools: [{ id: 'a', name: 'A', type: 'po' }, { id: 'b', name: 'B', type: 'po' }] });
    writePrefs({ language: 'nl', sector: 'kinderopvang' });
    render(<QuickRegistration navigate={() => undefined} />);
    expect(await screen.findByRole('group', { name: 'Locatie' })).toBeInTheDocument();
    expect(screen.getByText(/een observatie in de groep/)).toBeInTheDocument();
    writePrefs({ language: 'nl', sector: 'po' });
  });

  // The roles of the kinderopvang's own protocol, not the school's (docs/decisions.md, "Kinderopvang roles").
  it('whom the contact was with, and who raised it: the kinderopvang roles and the child', async () => {
    await getStore().setSettings({ schools: [{ id: 'a', name: 'A', type: 'po' }, { id: 'b', name: 'B', type: 'po' }] });
    render(<RecordPanel route="advies" flags={[]} training={false} settingsHref="#/instellingen" sharingHref="#/gids/informatie-delen" sector="kinderopvang" />);
    const contact = await screen.findByRole('group', { name: /Met wie had je contact/ });
    const labels = [...contact.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Aandachtsfunctionaris of leidinggevende', 'Pedagogisch medewerker', 'Kind']));
    const via = screen.getByRole('group', { name: /Wie bracht de vraag in/ });
    expect([...via.querySelectorAll('label')].map((l) => l.textContent)).toEqual(expect.arrayContaining(['Aandachtsfunctionaris of leidinggevende', 'Pedagogisch medewerker']));
    expect(screen.getByRole('link', { name: 'Wat mag je delen, met wie en wanneer?' })).toBeInTheDocument();
    expect(document.body.textContent!.match(/.{0,40}(intern begeleider|leerkracht|\bleerling|\bmentor).{0,40}/gi) ?? []).toEqual([]);
    cleanup();
    render(<RecordPanel route="advies" flags={[]} training={false} settingsHref="#/instellingen" sector="po" />);
    const school = await screen.findByRole('group', { name: /Met wie had je contact/ });
    expect([...school.querySelectorAll('label')].map((l) => l.textContent)).toEqual(expect.arrayContaining(['Intern begeleider', 'Leerkracht of mentor', 'Leerling']));
  });
});
