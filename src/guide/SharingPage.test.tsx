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
});
