// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConcernSessionProvider } from '../concern/session';
import { GuidePage } from './GuidePage';
import { PARTNERS, ROUTE_PATHS, renderGuide, setupI18n } from './test-helpers';
import type { OutcomeContext } from './types';

beforeAll(() => setupI18n('nl'));
afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 });
const telLinks = () => [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const section = (name: string | RegExp) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

describe('OutcomePage', () => {
  it('veilig-thuis: title, 0800-2000, next actions with informing the family, what to record, roles', () => {
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis'], confirm: true });
    expect(heading()).toHaveTextContent('Melden bij Veilig Thuis');
    expect(telLinks()).toContain('tel:08002000');
    expect(telLinks()).not.toContain('tel:112');
    expect(section('Wat je nu doet')).toHaveTextContent(/Informeer de ouders .* tenzij dat de veiligheid/);
    expect(within(section('Leg dit vast in het dossier')).getAllByRole('listitem').length).toBeGreaterThan(2);
    expect(section('Wie doet wat')).toHaveTextContent('Besluit bespreken met: directeur');
    // The route is in the heading, not in the browser's history (issue 13).
    expect(document.title).toBe('Gids – Zorgroute');
  });

  it('acute: 112 and Veilig Thuis come first', () => {
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis-acuut'], confirm: true });
    expect(heading()).toHaveTextContent('Direct gevaar: eerst bellen');
    expect(telLinks().slice(0, 2)).toEqual(['tel:112', 'tel:08002000']);
    expect(section('Direct gevaar')).toHaveTextContent('Bel 112');
  });

  it('meldplicht-bestuur: the board, the vertrouwensinspecteur and aangifte; no Veilig Thuis block', () => {
    renderGuide({ answers: ROUTE_PATHS['meldplicht-bestuur'], confirm: true });
    expect(heading()).toHaveTextContent('Meldplicht: informeer direct het bevoegd gezag');
    const next = section('Wat je nu doet');
    expect(next).toHaveTextContent(/bevoegd gezag/);
    expect(next).toHaveTextContent(/vertrouwensinspecteur/);
    expect(next).toHaveTextContent(/aangifte/);
    expect(screen.queryByRole('heading', { name: 'Veilig Thuis' })).toBeNull();
    expect(section('Wie doet wat')).toHaveTextContent('bevoegd gezag (schoolbestuur)');
  });

  it('meldplicht-bestuur in kinderopvang: the houder (sector wording)', () => {
    renderGuide({ answers: ROUTE_PATHS['meldplicht-bestuur'], confirm: true, sector: 'kinderopvang' });
    expect(heading()).toHaveTextContent('Meldplicht: informeer direct de houder');
  });

  it.each([
    ['intern', 'Gezinscoaching', 'tel:0301234567'],
    ['extern', 'Centrum voor Jeugd en Gezin (CJG)', 'tel:0307654321'],
  ])('%s: the partner with contact from the sociale kaart and the consent reminder', (route, name, tel) => {
    renderGuide({ answers: ROUTE_PATHS[route], confirm: true });
    const partner = section('Contact met de partner');
    expect(partner).toHaveTextContent(name);
    expect(within(partner).getAllByRole('link').map((a) => a.getAttribute('href'))).toContain(tel);
    expect(section('Toestemming en delen')).toHaveTextContent(/Verwijs alleen met toestemming/);
    expect(section('Wie doet wat')).toHaveTextContent('Coördineert de zorg voor de leerling: intern begeleider');
  });

  it.each([
    ['advies', 'Advies is genoeg'],
    ['begeleiding', 'Begeleiding door de sociaal werker op school'],
    ['afgesloten', 'Afsluiten en vastleggen in dossier'],
  ])('%s: title, next actions and what to record, no phone numbers', (route, title) => {
    renderGuide({ answers: ROUTE_PATHS[route], confirm: true });
    expect(heading()).toHaveTextContent(title);
    expect(section('Wat je nu doet')).toBeInTheDocument();
    expect(section('Leg dit vast in het dossier')).toBeInTheDocument();
    expect(telLinks()).toEqual([]);
  });

  it('waiting: help runs, partner contact, and "evaluate now" asks afweging 5', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: ROUTE_PATHS.waiting, confirm: true });
    expect(heading()).toHaveTextContent('De hulp loopt');
    expect(section('Contact met de partner')).toHaveTextContent('Gezinscoaching');
    await user.click(screen.getByRole('button', { name: 'Evalueer nu (afweging 5)' }));
    expect(heading()).toHaveTextContent('Leidt de hulp tot de resultaten die nodig zijn?');
    await user.click(screen.getByLabelText('Nee'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(heading()).toHaveTextContent(/verteld dat je meldt/);
    await user.click(screen.getByLabelText('Ja, ze zijn geïnformeerd'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await user.click(screen.getByRole('button', { name: 'Bevestig en ga verder' }));
    expect(heading()).toHaveTextContent('(Opnieuw) melden bij Veilig Thuis');
    expect(telLinks()).toContain('tel:08002000');
  });

  it('passes the outcome context to the outcomeExtra slot', () => {
    const outcomeExtra = vi.fn((ctx: OutcomeContext) => <p>counted {ctx.route}</p>);
    renderGuide({ answers: ROUTE_PATHS.intern, confirm: true, slots: { outcomeExtra } });
    expect(screen.getByText('counted intern')).toBeInTheDocument();
    expect(outcomeExtra).toHaveBeenLastCalledWith(
      expect.objectContaining({
        route: 'intern',
        partner: 'gezinscoaching',
        flags: [],
        sector: 'po',
        training: false,
        confirmed: true,
        waiting: false,
      }),
    );
  });

  it('"Nieuwe zorg" starts a fresh concern in the session', async () => {
    const user = userEvent.setup();
    render(
      <ConcernSessionProvider>
        <GuidePage partners={PARTNERS} />
      </ConcernSessionProvider>,
    );
    await user.click(screen.getByLabelText('Ja, er is direct gevaar'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    // Acute danger: the numbers at once, no "check your answers" first.
    expect(heading()).toHaveTextContent('Direct gevaar: eerst bellen');
    expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
    // Back to the one answer, pre-filled, and forward again.
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(screen.getByLabelText('Ja, er is direct gevaar')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(heading()).toHaveTextContent('Direct gevaar: eerst bellen');
    // Nothing saved or exported yet: "Nieuwe zorg" asks first; cancelling keeps the concern.
    await user.click(screen.getByRole('button', { name: 'Nieuwe zorg' }));
    const dialog = screen.getByRole('dialog', { name: 'Je werk is nog niet bewaard' });
    expect(within(dialog).getByRole('button', { name: 'Terug naar deze zorg' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Terug naar deze zorg' }));
    expect(heading()).toHaveTextContent('Direct gevaar: eerst bellen');
    await user.click(screen.getByRole('button', { name: 'Nieuwe zorg' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Toch een nieuwe zorg beginnen' }));
    expect(heading()).toHaveTextContent('Is een kind nu in direct gevaar?');
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).some((r) => r.checked)).toBe(false);
  });
});
