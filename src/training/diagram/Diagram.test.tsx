// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { concernMachine } from '../../../machines/concern.machine';
import type { Answer } from '../../../machines/ids';
import { setupTestI18n } from '../../../tests/i18n';
import { Diagram } from './Diagram';

/**
 * The rendered diagram (ELK layout and all) against the machine definition: every state node of the
 * machine is drawn once, nothing else is, the current state is marked in words as well as colour,
 * and the text alternative lists the steps taken.
 */

function machineStateIds(): string[] {
  const ids: string[] = [];
  const walk = (node: { id: string; states: Record<string, unknown> }) => {
    ids.push(node.id);
    for (const child of Object.values(node.states)) walk(child as typeof node);
  };
  walk(concernMachine.root as unknown as { id: string; states: Record<string, unknown> });
  return ids;
}

const ANSWERS: Answer[] = [
  ['triage.acuut', 'nee'],
  ['triage.medewerker', 'nee'],
  ['triage.signalen', 'nee'],
  ['steun.advies', 'nee'],
];

beforeAll(async () => {
  await setupTestI18n(['common', 'guide', 'training']);
});
afterEach(cleanup);

describe('Diagram', () => {
  it('draws every state of the machine definition once, none missing, none extra', async () => {
    const { container } = render(<Diagram answers={ANSWERS} />);
    await screen.findByTestId('diagram-svg', {}, { timeout: 30_000 });
    const drawn = [...container.querySelectorAll('[data-state]')].map((el) => el.getAttribute('data-state')!);
    // The root is the canvas itself; every other state is a box.
    const expected = machineStateIds().filter((id) => id !== concernMachine.root.id);
    expect([...drawn].sort()).toEqual([...expected].sort());
    expect(new Set(drawn).size).toBe(drawn.length);
  }, 60_000);

  it('marks where you are and the path taken, and says it in text', async () => {
    const { container } = render(<Diagram answers={ANSWERS} />);
    await screen.findByTestId('diagram-svg', {}, { timeout: 30_000 });
    const current = container.querySelectorAll('[data-current]');
    expect([...current].map((el) => el.getAttribute('data-state'))).toEqual(['concern.steun.begeleiding']);
    expect(current[0].textContent).toContain('hier');
    expect(container.querySelectorAll('[data-taken]')).toHaveLength(ANSWERS.length);
    expect(container.querySelector('[data-state="concern.triage.acuut"]')?.textContent).toContain('✓');
    const steps = within(screen.getByTestId('diagram-steps')).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent?.split(':')[0])).toEqual(ANSWERS.map(([q]) => q));
    expect(screen.getByTestId('diagram-here')).toHaveTextContent('steun.begeleiding');
    expect(screen.getByText(/Terugkeren naar een eerdere vraag \(EDIT, BACK\)/)).toBeInTheDocument();
  }, 60_000);
});
