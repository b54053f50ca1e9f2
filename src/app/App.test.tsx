// @vitest-environment jsdom
// The start page reads the organisation's sociale kaart from settings (IndexedDB) when beginning.
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPrefs } from '../storage/prefs';
import { App } from './App';
import { initI18n, setLanguage } from './i18n';

beforeAll(() => {
  initI18n('nl');
});
beforeEach(async () => {
  localStorage.clear();
  window.location.hash = '';
  await setLanguage('nl');
});
afterEach(cleanup);

describe('App shell', { timeout: 30_000 }, () => {
  it('has a skip link, the nav with the current page, the footer with the content version', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Zorgen over een leerling' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(screen.getAllByRole('link', { name: 'Start' }).find((a) => nav.contains(a))).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/Inhoudsversie \d{4}\.\d{2}\.\d+/);
    // The title follows the page's heading once the page has drawn (slow on a loaded machine).
    await waitFor(() => expect(document.title).toBe('Zorgen over een leerling – Zorgroute'), { timeout: 10_000 });
  });

  it('opens the acute-danger exit in place with both numbers', async () => {
    const user = userEvent.setup();
    render(<App />);
    const button = screen.getByRole('button', { name: 'Direct gevaar? Bel 112 of Veilig Thuis 0800-2000' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: /Bel 112/ })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: /Bel 112/ })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('link', { name: /Bel Veilig Thuis/ })).toHaveAttribute('href', 'tel:08002000');
    expect(window.location.hash).toBe('');
  });

  it('switches to English and back, sets <html lang> and remembers it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Zorgen over een leerling' }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    await screen.findByRole('heading', { level: 1, name: 'Worries about a pupil' }, { timeout: 10_000 });
    expect(document.documentElement.lang).toBe('en');
    expect(readPrefs().language).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Naar Nederlands' }));
    await screen.findByRole('heading', { level: 1, name: 'Zorgen over een leerling' }, { timeout: 10_000 });
    expect(document.documentElement.lang).toBe('nl');
    expect(readPrefs().language).toBe('nl');
  });

  it('remembers role and sector and begins a concern in the guide with focus on the question', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Zorgen over een leerling' }, { timeout: 10_000 });
    await user.click(screen.getByLabelText('Trainer'));
    await user.click(screen.getByLabelText('Kinderopvang'));
    expect(readPrefs()).toMatchObject({ role: 'trainer', sector: 'kinderopvang' });
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await waitFor(() => expect(window.location.hash).toBe('#/gids'), { timeout: 10_000 });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Is een kind nu in direct gevaar?' }, { timeout: 10_000 });
    // Focus moves to the question once its page has drawn (an effect after the paint).
    await waitFor(() => expect(heading).toHaveFocus(), { timeout: 10_000 });
    // The sector reached the machine: kinderopvang wording on the next question.
    await user.click(screen.getByLabelText('Nee'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    // The old heading may still be there for a moment: wait for the next question's.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/kinderopvang/), { timeout: 10_000 });
  });
});
