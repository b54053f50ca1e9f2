// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PATHS, renderGuide, setupI18n } from './test-helpers';

beforeAll(() => setupI18n('nl'));
afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 });

describe('QuestionPage', () => {
  it('shows the question with its hint, help, definitions and the answers the machine accepts', () => {
    renderGuide({});
    expect(heading()).toHaveTextContent('Is een kind nu in direct gevaar?');
    const group = screen.getByRole('group', { name: /Is een kind nu in direct gevaar\?/ });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['ja', 'nee']);
    expect(screen.getByLabelText('Ja, er is direct gevaar')).toBeInTheDocument();
    expect(screen.getByText('Direct gevaar: de veiligheid van het kind is voor de komende uren of dagen niet zeker.')).toBeInTheDocument();
    expect(screen.getByText('Meer uitleg').closest('details')).not.toBeNull();
    expect(screen.getByText('Wat betekent dit?').closest('details')).toHaveTextContent('Acute onveiligheid');
    expect(screen.getByText('Eerste vragen')).toBeInTheDocument();
    // Neutral in the browser's history: no question or step in the title (issue 13).
    expect(document.title).toBe('Gids – Zorgroute');
  });

  it('step 1 is a confirmation (a checkbox after the notes slot) with its own error', async () => {
    const user = userEvent.setup();
    renderGuide({
      answers: PATHS.meldcode.slice(0, 3),
      slots: { questionExtra: () => <textarea aria-label="Notitie" /> },
    });
    expect(heading()).toHaveTextContent(/signalen/i);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    const box = screen.getByRole('checkbox', { name: 'De signalen zijn vastgelegd in het dossier' });
    // Below the note: a note written first, then confirmed.
    expect(screen.getByLabelText('Notitie').compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vink aan dat de signalen zijn vastgelegd');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Kies een antwoord');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(heading()).not.toHaveTextContent(/Breng de signalen/);
  });

  it('shows the official wording as a quote with its source, and the meldcode step', () => {
    renderGuide({ answers: PATHS.meldcode });
    expect(heading()).toHaveTextContent('Heb je een vermoeden van huiselijk geweld of kindermishandeling?');
    const quote = document.querySelector('blockquote')!;
    expect(quote).toHaveTextContent(
      'Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?',
    );
    expect(quote).toHaveAttribute('lang', 'nl');
    const cite = document.querySelector('figcaption cite')!;
    // The afwegingen are quoted from the NJi page whose wording was compared (content/sources.ts).
    expect(cite).toHaveTextContent('Het afwegingskader in de meldcode (Nederlands Jeugdinstituut)');
    expect(within(cite as HTMLElement).getByRole('link')).toHaveAttribute('href', expect.stringContaining('nji.nl'));
    expect(screen.getByText(/Stap 4 van 5/)).toBeInTheDocument();
    const current = document.querySelector('[aria-current="step"]')!;
    expect(current).toHaveTextContent('4');
  });

  it('shows an error summary and an inline error when nothing is chosen, and focuses the summary', async () => {
    const user = userEvent.setup();
    renderGuide({});
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Er is een probleem');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Kies een antwoord.' })).toHaveAttribute('href', '#answer-0');
    const group = screen.getByRole('group', { name: /Is een kind nu in direct gevaar\?/ });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Kies een antwoord.'));
    expect(document.title).toBe('Er is een probleem: Gids – Zorgroute');
    // The link in the summary moves focus to the first answer.
    await user.click(within(summary).getByRole('link'));
    expect(screen.getByLabelText('Ja, er is direct gevaar')).toHaveFocus();
  });

  it('answers with Verder and goes back with Terug (BACK); back on the first question leaves the guide', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    renderGuide({ onExit });
    await user.click(screen.getByLabelText('Nee'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(heading()).toHaveTextContent(/zedenmisdrijf/);
    expect(heading()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(heading()).toHaveTextContent('Is een kind nu in direct gevaar?');
    expect(onExit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('offers only partners of the kind the machine accepts, by name', () => {
    renderGuide({ answers: [...PATHS.support, ['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'ja']] });
    expect(heading()).toHaveTextContent('Naar welke partner verwijs je?');
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual([
      'gezinscoaching', 'buurtwerk', 'buurtwerk-sport', 'buurtmaatschappelijk-werk', 'jongerenwerk', 'voorschools-maatschappelijk-werk',
    ]);
    expect(screen.getByLabelText('Gezinscoaching')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('cjg')).toBeNull();
  });

  it('never offers Veilig Thuis as a partner (MELDCODE.md §5, version 2), for support or for help', () => {
    renderGuide({ answers: [...PATHS.support, ['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'nee']] });
    const external = (screen.getAllByRole('radio') as HTMLInputElement[]).map((r) => r.value);
    expect(external).toContain('cjg');
    expect(external).not.toContain('veilig-thuis');
    cleanup();
    renderGuide({ answers: [...PATHS.meldcode, ['afweging.1', 'ja'], ['afweging.2', 'nee'], ['afweging.3', 'ja'], ['afweging.4', 'ja']] });
    const help = (screen.getAllByRole('radio') as HTMLInputElement[]).map((r) => r.value);
    expect(help).toContain('gezinscoaching');
    expect(help).not.toContain('veilig-thuis');
    expect(screen.queryByLabelText('Veilig Thuis')).toBeNull();
  });

  it('does not offer "collega" after honour-related violence and says why', () => {
    renderGuide({ answers: [...PATHS.meldcode.slice(0, 4), ['stap2.bijzonder', 'ja']] });
    const values = (screen.getAllByRole('radio') as HTMLInputElement[]).map((r) => r.value);
    expect(values).toEqual(['veilig-thuis', 'beide']);
    expect(document.querySelector('.zr-note')).toHaveTextContent(/^Bij eergerelateerd geweld, huwelijksdwang of meisjesbesnijdenis moet je Veilig Thuis/);
  });

  it('moves a support concern into the meldcode with the safety button', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: PATHS.support });
    expect(heading()).toHaveTextContent('Is advies voor nu genoeg?');
    await user.click(screen.getByRole('button', { name: /Zorgen over de veiligheid/ }));
    expect(heading()).toHaveTextContent('Breng de signalen in kaart');
    expect(screen.getByText(/Stap 1 van 5/)).toBeInTheDocument();
  });

  it('renders the questionExtra slot with the question and step', () => {
    const questionExtra = vi.fn(({ question, step }: { question: string; step?: number }) => (
      <p>
        extra {question} {step}
      </p>
    ));
    renderGuide({ answers: PATHS.meldcode.slice(0, 3), slots: { questionExtra } });
    expect(screen.getByText('extra stap1.signalen 1')).toBeInTheDocument();
  });

  it('shows the Dutch official wording with a labelled unofficial translation in English', async () => {
    await setupI18n('en');
    try {
      renderGuide({ answers: PATHS.meldcode });
      expect(heading()).toHaveTextContent('Do you suspect domestic violence or child abuse?');
      expect(document.querySelector('blockquote')).toHaveTextContent('Heb ik op basis van de stappen 1 tot en met 4');
      expect(screen.getByText(/Unofficial translation/)).toBeInTheDocument();
      expect(screen.getByText(/Based on steps 1 to 4 of the meldcode/)).toBeInTheDocument();
    } finally {
      await setupI18n('nl');
    }
  });
});
