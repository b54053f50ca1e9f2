// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupTestI18n } from '../../tests/i18n';
import { SharingPage } from './SharingPage';

afterEach(cleanup);

const section = (name: string | RegExp) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const hrefs = (el: HTMLElement) => within(el).getAllByRole('link').map((a) => a.getAttribute('href'));

describe('SharingPage (nl)', () => {
  beforeAll(() => setupTestI18n(['guide', 'sharing'], 'nl'));

  it('frames it as talking with parents, then five sections, each with its sources', () => {
    render(<SharingPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Informatie delen met de school: wat mag, en wanneer?');
    expect(screen.getByText(/‘Praten mét in plaats van praten óver’/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Eerst toestemming',
      'Alleen wat nodig is',
      'Zorgteam of MDO: geen kind op naam zonder toestemming',
      'Delen zonder toestemming: het conflict van plichten',
      'De verwijsindex',
    ]);
    expect(hrefs(section('Eerst toestemming'))).toContain('https://www.meldcode.nu/informatie-delen/');
    expect(hrefs(section('Alleen wat nodig is'))).toContain('https://www.dirkzwager.nl/kennis/artikelen/dataminimalisatie/');
    expect(section(/^Zorgteam of MDO/)).toHaveTextContent('Zonder toestemming bespreek je de leerling niet op naam.');
    const conflict = section(/conflict van plichten/);
    expect(within(conflict).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5 + 5);
    expect(conflict).toHaveTextContent('Heb ik overlegd met de aandachtsfunctionaris of Veilig Thuis?');
    expect(hrefs(conflict)).toContain('https://www.richtlijnenjeugdhulp.nl/seksuele-ontwikkeling/samenwerking/conflict-van-plichten');
    expect(hrefs(section('De verwijsindex'))).toContain('https://www.verwijsindexhaaglanden.nl/professionals/hoe-werkt-de-verwijsindex-haaglanden/');
    // Every source was compared: no "further reading only" on this page.
    expect(screen.queryByText(/niet vergeleken/)).toBeNull();
  });

  it('leads back to the guide, where the concern in progress waits', () => {
    render(<SharingPage />);
    const back = screen.getAllByRole('link', { name: /Terug naar de gids/ });
    expect(back.map((a) => a.getAttribute('href'))).toEqual(['#/gids', '#/gids']);
  });

  it('kinderopvang: the pedagogisch medewerkers, the child and the group; no school, leerling or leerkracht', () => {
    render(<SharingPage sector="kinderopvang" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Informatie delen in de kinderopvang: wat mag, en wanneer?');
    expect(section('Alleen wat nodig is')).toHaveTextContent('wel wat het kind op de groep nodig heeft');
    expect(section(/^Zorgoverleg of MDO/)).toHaveTextContent('Zonder toestemming bespreek je het kind niet op naam.');
    // The same five sections, each still with its sources.
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(5);
    expect(hrefs(section('Eerst toestemming'))).toContain('https://www.meldcode.nu/informatie-delen/');
    // Source titles are the sources' own (some are about schools); the page's own words are not.
    const page = screen.getByRole('heading', { level: 1 }).closest('.zr-page')!.cloneNode(true) as HTMLElement;
    for (const list of page.querySelectorAll('.zr-sources')) list.remove();
    const own = page.textContent!;
    expect(own).toContain('pedagogisch medewerker');
    expect(own.match(/.{0,40}(leerling|leerkracht|intern begeleider|\bschool\b|\bde klas).{0,40}/gi) ?? []).toEqual([]);
  });

  it('po and vo keep the school page', () => {
    render(<SharingPage sector="vo" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Informatie delen met de school: wat mag, en wanneer?');
    expect(section(/^Zorgteam of MDO/)).toHaveTextContent('Zonder toestemming bespreek je de leerling niet op naam.');
  });
});

// Last: switches the shared i18n instance to English.
describe('SharingPage (en)', () => {
  beforeAll(() => setupTestI18n(['guide', 'sharing'], 'en'));

  it('is complete in English, keeping the Dutch quotes with a gloss', () => {
    render(<SharingPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sharing information with the school: what is allowed, and when?');
    expect(section('Consent first')).toHaveTextContent('under the GDPR, personal data may only be given to third parties');
    expect(section('The referral index')).toHaveTextContent('What is going on is not in it.');
    expect(screen.getAllByRole('link', { name: /Back to the guide/ })).toHaveLength(2);
  });

  it('kinderopvang in English: childcare workers, the child, the group', () => {
    render(<SharingPage sector="kinderopvang" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sharing information in childcare: what is allowed, and when?');
    expect(section('Only what is needed')).toHaveTextContent('what the child needs in the group');
    expect(section(/^Care meeting or multidisciplinary meeting/)).toHaveTextContent('you do not discuss the child by name');
  });
});
