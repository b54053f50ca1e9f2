// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupTestI18n } from '../../../tests/i18n';
import { replayOnderling } from '../../../machines/onderling';
import { OnderlingGuide, OnderlingOutcomePage } from './OnderlingGuide';

afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 });
const section = (name: string | RegExp) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const continueButton = () => screen.getByRole('button', { name: 'Verder' });

describe('the onderling route in Dutch', () => {
  it('walks sexting between pupils (vo) to the outcome: flag, online block, onderwijs text, sources, counting slot', async () => {
    await setupTestI18n(['guide', 'onderling'], 'nl');
    const user = userEvent.setup();
    const extra = vi.fn(() => <p>telpaneel</p>);
    render(<OnderlingGuide sector="vo" slots={{ outcomeExtra: extra }} />);
    expect(heading()).toHaveTextContent('Om wat voor gedrag tussen kinderen gaat het?');
    // Nothing chosen: the error summary and the inline error.
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent(/Kies een antwoord/i);
    await user.click(screen.getByRole('radio', { name: /Online: seksuele foto's/ }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Vlaggensysteem');
    // The four flags, and the official wording quoted with its source.
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByText(/groen is aanvaardbaar seksueel gedrag/).closest('figure')).toHaveTextContent('Het Vlaggensysteem');
    await user.click(screen.getByRole('radio', { name: /Rood/ }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent(/signalen dat een van de kinderen zelf/);
    await user.click(screen.getByRole('radio', { name: /Nee/ }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Controleer je antwoorden');
    expect(screen.getByText('Rood: ernstig grensoverschrijdend')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Bevestig en ga verder' }));
    expect(heading()).toHaveTextContent('Gedrag tussen kinderen');
    expect(section('Wat je nu doet')).toHaveTextContent(/Betrek meteen de aandachtsfunctionaris/);
    expect(section("Bij foto's, filmpjes en sexting")).toHaveTextContent(/Stuur de beelden niet door/);
    expect(section(/In jouw sector/)).toHaveTextContent(/zedendelict/);
    expect(within(section('Bronnen')).getByText(/Er rouleert een naaktfoto op school/)).toBeTruthy();
    expect(extra).toHaveBeenCalledWith({ route: 'kinderen-onderling', sector: 'vo', training: false });
    expect(screen.getByText('telpaneel')).toBeTruthy();
    // The question is not in the browser's history (issue 13).
    expect(document.title).toBe('Gids – Zorgroute');
  });

  it('going back and changing an answer from "check your answers"', async () => {
    await setupTestI18n(['guide', 'onderling'], 'nl');
    const user = userEvent.setup();
    const exit = vi.fn();
    render(<OnderlingGuide sector="po" onExit={exit} />);
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(exit).toHaveBeenCalled();
    await user.click(screen.getByRole('radio', { name: /Ander grensoverschrijdend/ }));
    await user.click(continueButton());
    // Not sexual: no Vlaggensysteem question.
    expect(heading()).toHaveTextContent(/signalen/);
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(heading()).toHaveTextContent('Om wat voor gedrag');
    await user.click(screen.getByRole('radio', { name: /Seksueel gedrag/ }));
    await user.click(continueButton());
    await user.click(screen.getByRole('radio', { name: /Groen/ }));
    await user.click(continueButton());
    // Green ends at once.
    expect(heading()).toHaveTextContent('Controleer je antwoorden');
    await user.click(screen.getByRole('button', { name: /Wijzig het antwoord op: Hoe beoordeel/ }));
    expect(heading()).toHaveTextContent('Vlaggensysteem');
  });

  it('kinderopvang: the protocol route, no pupils; signals at home: the meldcode block links to the start', async () => {
    await setupTestI18n(['guide', 'onderling'], 'nl');
    const { snapshot } = replayOnderling([['onderling.soort', 'seksueel'], ['onderling.vlag', 'geel'], ['onderling.zorgen', 'ja']], { sector: 'kinderopvang' });
    render(<OnderlingOutcomePage snapshot={snapshot} startHref="#/" />);
    const sector = section(/In jouw sector/);
    expect(sector).toHaveTextContent(/stappenplan met 5 stappen/);
    expect(sector).not.toHaveTextContent(/leerling/i);
    expect(section('Ook de meldcode')).toHaveTextContent(/Volg voor dat kind ook de meldcode/);
    expect(screen.getByRole('link', { name: /meldcode te beginnen/ }).getAttribute('href')).toBe('#/');
    expect(screen.queryByRole('heading', { name: /sexting/ })).toBeNull();
    expect(within(section('Bronnen')).getByText(/Meldcode kindermishandeling, huiselijk geweld en grensoverschrijdend gedrag kinderopvang/)).toBeTruthy();
  });
});

describe('the onderling route in English', () => {
  it('speaks English, keeps the Dutch quote with a translation, and sociaal werk has its own text', async () => {
    await setupTestI18n(['guide', 'onderling'], 'en');
    const user = userEvent.setup();
    render(<OnderlingGuide sector="sociaal-werk" />);
    expect(heading()).toHaveTextContent('What kind of behaviour between children is it?');
    await user.click(screen.getByRole('radio', { name: /Sexual behaviour/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const quote = screen.getByText(/groen is aanvaardbaar seksueel gedrag/);
    expect(quote.closest('blockquote')?.getAttribute('lang')).toBe('nl');
    expect(screen.getByText(/green is acceptable sexual behaviour/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Black/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: /No, not now/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: /Confirm/ }));
    expect(section(/In your sector/)).toHaveTextContent(/Flag System is meant for care workers too/);
    // A new case starts at the first question again.
    await user.click(screen.getByRole('button', { name: /New case of behaviour between children/ }));
    expect(heading()).toHaveTextContent('What kind of behaviour');
    await setupTestI18n(['guide'], 'nl');
  });
});
