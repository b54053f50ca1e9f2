// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../../content/locales/nl/pwa.json';
import en from '../../../content/locales/en/pwa.json';
import { UpdateBanner } from './UpdateBanner';

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({ lng: 'nl', resources: { nl: { pwa: nl }, en: { pwa: en } }, initAsync: false });

function show(inProgress: boolean, updating = false) {
  const onUpdate = vi.fn();
  const onLater = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <UpdateBanner inProgress={inProgress} updating={updating} onUpdate={onUpdate} onLater={onLater} />
    </I18nextProvider>,
  );
  return { onUpdate, onLater };
}

describe('UpdateBanner', () => {
  afterEach(cleanup);

  it('asks "Er is een nieuwe versie. Bijwerken?" and updates only on the click', async () => {
    const { onUpdate, onLater } = show(false);
    const region = screen.getByRole('region', { name: 'Er is een nieuwe versie. Bijwerken?' });
    expect(region).toBeInTheDocument();
    expect(onUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Bijwerken' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(onLater).not.toHaveBeenCalled();
  });

  it('warns that a concern in progress is lost and asks to update anyway', async () => {
    const { onUpdate } = show(true);
    expect(screen.getByText(/je antwoorden en notities van deze zorg gaan dan verloren/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bijwerken' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Toch bijwerken' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('lets the user postpone', async () => {
    const { onLater, onUpdate } = show(true);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onLater).toHaveBeenCalledTimes(1);
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('disables both buttons while updating', () => {
    show(false, true);
    expect(screen.getByRole('button', { name: 'Bezig met bijwerken…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Later' })).toBeDisabled();
  });

  it('has the same keys in Dutch and English', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
});
