// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupTestI18n } from '../../tests/i18n';
import { DateField, isoFromParts, partsFromIso } from './DateField';
import { FilePicker } from './FilePicker';
import { MonthField } from './MonthField';

beforeAll(async () => {
  await setupTestI18n([]);
});
afterEach(cleanup);

function Bound({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField name="d" label="Datum van deze stap" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('2025-12-31')}>
        van buiten
      </button>
    </>
  );
}

describe('DateField', () => {
  it('turns three boxes into YYYY-MM-DD and back, only for dates that exist', () => {
    expect(isoFromParts({ day: '2', month: '3', year: '2026' })).toBe('2026-03-02');
    expect(isoFromParts({ day: '29', month: '2', year: '2024' })).toBe('2024-02-29');
    expect(isoFromParts({ day: '29', month: '2', year: '2026' })).toBeUndefined();
    expect(isoFromParts({ day: '1', month: '13', year: '2026' })).toBeUndefined();
    expect(isoFromParts({ day: '1', month: '1', year: '26' })).toBeUndefined();
    expect(partsFromIso('2026-03-02')).toEqual({ day: '2', month: '3', year: '2026' });
    expect(partsFromIso(undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('is a labelled group in the page language; a whole date is passed on, a wrong one is said on leaving', async () => {
    const user = userEvent.setup();
    render(<Bound />);
    const group = screen.getByRole('group', { name: 'Datum van deze stap' });
    await user.type(within(group).getByRole('textbox', { name: 'Dag' }), '31');
    await user.type(within(group).getByRole('textbox', { name: 'Maand' }), '2');
    await user.type(within(group).getByRole('textbox', { name: 'Jaar' }), '2026');
    expect(screen.getByTestId('value')).toHaveTextContent(/^$/);
    await user.tab();
    expect(group).toHaveAccessibleDescription(/Vul een datum in die bestaat/);
    expect(within(group).getByRole('textbox', { name: 'Dag' })).toHaveAttribute('aria-invalid', 'true');
    await user.clear(within(group).getByRole('textbox', { name: 'Maand' }));
    await user.type(within(group).getByRole('textbox', { name: 'Maand' }), '3');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-03-31');
    expect(group).not.toHaveAccessibleDescription(/Vul een datum in die bestaat/);
    // Letters are not typed into a number box.
    await user.type(within(group).getByRole('textbox', { name: 'Jaar' }), 'x');
    expect(within(group).getByRole('textbox', { name: 'Jaar' })).toHaveValue('2026');
  });

  it('shows a value set from outside (a draft opened)', async () => {
    const user = userEvent.setup();
    render(<Bound initial="2026-03-02" />);
    const group = screen.getByRole('group', { name: 'Datum van deze stap' });
    expect(within(group).getByRole('textbox', { name: 'Dag' })).toHaveValue('2');
    await user.click(screen.getByRole('button', { name: 'van buiten' }));
    expect(within(group).getByRole('textbox', { name: 'Dag' })).toHaveValue('31');
    expect(within(group).getByRole('textbox', { name: 'Maand' })).toHaveValue('12');
  });

});

describe('FilePicker', () => {
  it('names its button with the label and its own words, and says which file was chosen', async () => {
    const user = userEvent.setup();
    const got: string[] = [];
    render(<FilePicker label="Sociale kaart importeren" hint="Een JSON-bestand." testId="f" onFiles={(files) => got.push(...files.map((f) => f.name))} />);
    const button = screen.getByRole('button', { name: 'Sociale kaart importeren Kies een bestand' });
    expect(button).toHaveAccessibleDescription(/Een JSON-bestand\. Nog geen bestand gekozen\./);
    await user.upload(screen.getByTestId('f'), new File(['{}'], 'kaart.json', { type: 'application/json' }));
    expect(got).toEqual(['kaart.json']);
    expect(button).toHaveAccessibleDescription(/Gekozen: kaart\.json/);
    // The native input (English words in an English browser) is out of sight and out of the tab order.
    expect(screen.getByTestId('f')).not.toBeVisible();
    expect(screen.getByTestId('f')).toHaveAttribute('tabindex', '-1');
  });
});

describe('MonthField', () => {
  function BoundMonth() {
    const [value, setValue] = useState('2026-01');
    return (
      <>
        <MonthField id="van" label="Van (maand)" value={value} onChange={setValue} invalid={!/^\d{4}-\d{2}$/.test(value)} />
        <output data-testid="month">{value}</output>
      </>
    );
  }
  it('chooses a month by its Dutch name and a typed year, and passes on YYYY-MM', async () => {
    const user = userEvent.setup();
    render(<BoundMonth />);
    const group = screen.getByRole('group', { name: 'Van (maand)' });
    const month = within(group).getByRole('combobox', { name: 'Maand' });
    expect(month).toHaveDisplayValue('januari');
    await user.selectOptions(month, 'maart');
    expect(screen.getByTestId('month')).toHaveTextContent('2026-03');
    const year = within(group).getByRole('textbox', { name: 'Jaar' });
    await user.clear(year);
    await user.type(year, '202');
    expect(year).toHaveAttribute('aria-invalid', 'true');
    await user.type(year, '5');
    expect(screen.getByTestId('month')).toHaveTextContent('2025-03');
    expect(year).not.toHaveAttribute('aria-invalid');
  });
});

// Last: it switches the shared i18n instance to English.
describe('in English', () => {
  it('speaks English on an English page', async () => {
    await setupTestI18n([], 'en');
    render(<Bound />);
    const group = screen.getByRole('group', { name: 'Datum van deze stap' });
    expect(within(group).getByRole('textbox', { name: 'Day' })).toBeInTheDocument();
    expect(within(group).getByRole('textbox', { name: 'Year' })).toBeInTheDocument();
    render(<FilePicker label="Import" testId="g" onFiles={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Import Choose a file' })).toHaveAccessibleDescription('No file chosen yet.');
  });
});
