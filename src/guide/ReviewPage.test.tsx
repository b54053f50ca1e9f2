// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_PATHS, renderGuide, setupI18n } from './test-helpers';

beforeAll(() => setupI18n('nl'));
afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 });
const terms = () => [...document.querySelectorAll('.zr-summary-list dt')].map((dt) => dt.textContent);

describe('ReviewPage (check your answers)', () => {
  it('lists every answer with its question and a change button, and the route', () => {
    const answers = ROUTE_PATHS['veilig-thuis'];
    renderGuide({ answers });
    expect(heading()).toHaveTextContent('Controleer je antwoorden');
    const rows = document.querySelectorAll('.zr-summary-list__row');
    // One row per answer, plus the route row.
    expect(rows).toHaveLength(answers.length + 1);
    expect(terms()).toContain('Is een kind nu in direct gevaar?');
    expect(terms()).toContain('Is er acute of structurele onveiligheid?');
    expect(screen.getByText('Ja, het gesprek is gevoerd')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Wijzigen/ })).toHaveLength(answers.length);
    expect(
      screen.getByRole('button', { name: /Wijzig het antwoord op: Is er acute of structurele onveiligheid\?/ }),
    ).toBeInTheDocument();
    const routeRow = [...rows].at(-1) as HTMLElement;
    expect(within(routeRow).getByText('Melden bij Veilig Thuis')).toBeInTheDocument();
  });

  it('shows the partner by name and flags', () => {
    renderGuide({ answers: ROUTE_PATHS.intern });
    expect(screen.getByText('Gezinscoaching')).toBeInTheDocument();
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis-acuut'] });
    expect(screen.getByText('Direct gevaar')).toBeInTheDocument();
  });

  it('changing an answer (EDIT) drops what follows and can change the route', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: ROUTE_PATHS.advies });
    expect(screen.getByText('Advies is genoeg')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Wijzig het antwoord op: Is advies voor nu genoeg\?/ }));
    expect(heading()).toHaveTextContent('Is advies voor nu genoeg?');
    expect(heading()).toHaveFocus();
    // The earlier answer is chosen already.
    expect(screen.getByLabelText('Ja, advies is genoeg')).toBeChecked();
    await user.click(screen.getByLabelText('Nee'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(heading()).toHaveTextContent('Past korte begeleiding door de sociaal werker op school?');
    await user.click(screen.getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(heading()).toHaveTextContent('Controleer je antwoorden');
    expect(screen.getByText('Begeleiding door de sociaal werker op school')).toBeInTheDocument();
    expect(screen.queryByText('Advies is genoeg')).toBeNull();
    expect(terms()).toContain('Past korte begeleiding door de sociaal werker op school?');
  });

  it('a change that leaves the path as it was returns to "check your answers" with every answer kept', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis'] });
    const before = terms().length;
    await user.click(screen.getByRole('button', { name: /Wijzig het antwoord op: Heb je het gesprek met de ouders/ }));
    expect(screen.getByLabelText(/gesprek is gevoerd/i)).toBeChecked();
    await user.click(screen.getByLabelText(/overgeslagen/i));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(heading()).toHaveTextContent('Controleer je antwoorden');
    expect(terms()).toHaveLength(before);
    expect(screen.getByText(/overgeslagen/i)).toBeInTheDocument();
  });

  it('back from a question pre-fills the answer given before', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: ROUTE_PATHS.advies.slice(0, 3) });
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(heading()).toHaveTextContent('Zijn er signalen van huiselijk geweld of kindermishandeling?');
    expect(screen.getByLabelText('Nee, het gaat om een andere zorg')).toBeChecked();
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(screen.getByLabelText('Nee')).toBeChecked();
  });

  it('editing an early answer drops every later one', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis'] });
    await user.click(screen.getByRole('button', { name: /Wijzig het antwoord op: Zijn er signalen/ }));
    expect(heading()).toHaveTextContent('Zijn er signalen van huiselijk geweld of kindermishandeling?');
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(heading()).toHaveTextContent(/zedenmisdrijf/);
  });

  it('confirming shows the outcome page', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: ROUTE_PATHS.afgesloten });
    await user.click(screen.getByRole('button', { name: 'Bevestig en ga verder' }));
    expect(heading()).toHaveTextContent('Afsluiten en vastleggen in dossier');
    expect(screen.getByRole('heading', { name: 'Leg dit vast in het dossier' })).toBeInTheDocument();
  });
});
