// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConcernSessionProvider, useConcernSession } from '../concern/session';
import { setupTestI18n } from '../../tests/i18n';
import TrainingPage from './TrainingPage';
import { resetTrainingView } from './store';

/**
 * The training page with the real session, the real machine and the shipped casus files: entering
 * marks the session as training, the presenter drives the machine by keyboard, an own file with an
 * unknown question id is refused by name, and leaving returns to real use.
 */

function Probe() {
  const session = useConcernSession();
  return <output data-testid="probe">{`${session.training}:${session.generation}`}</output>;
}

function renderPage() {
  const navigate = vi.fn((path: string) => {
    window.location.hash = `#${path}`;
  });
  window.location.hash = '#/training';
  const utils = render(
    <ConcernSessionProvider>
      <Probe />
      <TrainingPage navigate={navigate} />
    </ConcernSessionProvider>,
  );
  return { ...utils, navigate };
}

const press = (key: string, target: Element | Document = document) => act(() => void fireEvent.keyDown(target, { key }));

beforeAll(async () => {
  await setupTestI18n(['guide', 'training', 'common']);
});

afterEach(cleanup);

beforeEach(() => {
  resetTrainingView();
});

describe('training page', () => {
  it('enters training mode, shows the banner and lists the shipped casus files', async () => {
    renderPage();
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toMatch(/^true:/));
    expect(screen.getByTestId('training-banner')).toHaveTextContent('Trainingsmodus — er wordt niets geteld of bewaard');
    const item = await screen.findByText('Amira vertelt over geweld thuis');
    const card = item.closest('li')!;
    expect(card).toHaveTextContent('Primair onderwijs');
    expect(card).toHaveTextContent('Veiligheid');
    // No spoilers: neither the expected route nor the story.
    expect(card).not.toHaveTextContent('Melden bij Veilig Thuis');
    expect(card).not.toHaveTextContent('Na de gymles');
  });

  it('plays a casus by keyboard through the real machine to its route', async () => {
    renderPage();
    const card = (await screen.findByText('Amira vertelt over geweld thuis')).closest('li')!;
    fireEvent.click(within(card).getByRole('button'));
    const progress = await screen.findByTestId('presenter-progress');
    expect(progress).toHaveTextContent('Antwoord 1 van 10');
    expect(screen.getByTestId('probe').textContent).toMatch(/^true:/);

    press('r');
    expect(screen.getByTestId('presenter-expected')).toHaveTextContent('Nee');
    press('ArrowRight');
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('Antwoord 2 van 10');
    expect(screen.queryByTestId('presenter-expected')).toBeNull();
    press('n');
    press('b');
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('Antwoord 2 van 10');

    // Keys typed in a text field are left alone.
    const title = screen.getByLabelText('Titel van de casus');
    press('n', title);
    expect(screen.getByTestId('presenter-progress')).toHaveTextContent('Antwoord 2 van 10');

    // Home restarts (a fresh training concern: the actor is remounted, the casus stays open).
    press('Home');
    await waitFor(() => expect(screen.getByTestId('presenter-progress')).toHaveTextContent('Antwoord 1 van 10'));
    expect(screen.getByTestId('probe').textContent).toMatch(/^true:/);

    for (let i = 0; i < 10; i++) press('n');
    const result = screen.getByTestId('presenter-result');
    expect(result.querySelector('[data-route]')).toHaveAttribute('data-route', 'veilig-thuis');
    expect(screen.getByTestId('presenter-match')).toHaveTextContent('komt overeen');
    // No further step past the end.
    press('n');
    expect(result.querySelector('[data-route]')).toHaveAttribute('data-route', 'veilig-thuis');
  });

  it('refuses an own file with an unknown question id, naming it', async () => {
    renderPage();
    const input = await screen.findByTestId('own-casus-input');
    const text = JSON.stringify({
      id: 'x',
      title: { nl: 'X', en: 'X' },
      sector: 'po',
      story: { nl: '', en: '' },
      answers: [['triage.acuut', 'nee'], ['stap9.foo', 'ja']],
      expect: { route: 'advies' },
    });
    const file = new File([text], 'eigen.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Onbekende vraag-id: stap9.foo');
    expect(alert).toHaveTextContent('eigen.json');
    expect(screen.queryByTestId('presenter')).toBeNull();
  });

  it('leaving training starts a fresh real concern and goes home', async () => {
    const { navigate } = renderPage();
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toMatch(/^true:/));
    fireEvent.click(screen.getByRole('button', { name: 'Training verlaten' }));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toMatch(/^false:/));
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
