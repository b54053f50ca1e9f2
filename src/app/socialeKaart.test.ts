import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SOCIALE_KAART, type SocialeKaart } from '../../content/sociale-kaart';
import { getDb } from '../storage/db';
import { loadSocialeKaart } from './socialeKaart';

afterEach(async () => {
  await getDb().settings.clear();
});

const own = (): SocialeKaart => ({
  ...structuredClone(DEFAULT_SOCIALE_KAART),
  name: 'Welstad',
});

describe('the stored sociale kaart is validated again when read back', () => {
  it('uses a valid stored kaart', async () => {
    await getDb().settings.put({ key: 'socialeKaart', value: own() });
    expect((await loadSocialeKaart()).name).toBe('Welstad');
  });

  it('falls back to the default kaart when the stored one was changed on disk (a javascript: link)', async () => {
    const kaart = own();
    kaart.contacts[0]!.url = 'javascript:alert(1)';
    // Written directly, as something outside the app could: the import would have refused it.
    await getDb().settings.put({ key: 'socialeKaart', value: kaart });
    expect(await loadSocialeKaart()).toBe(DEFAULT_SOCIALE_KAART);
  });

  it('falls back when a stored list is longer than the bounds', async () => {
    const kaart = own();
    kaart.contacts = Array.from({ length: 2001 }, (_, i) => ({ id: `c${i}`, serviceId: kaart.services[0]!.id, phone: '0800-2000' }));
    await getDb().settings.put({ key: 'socialeKaart', value: kaart });
    expect(await loadSocialeKaart()).toBe(DEFAULT_SOCIALE_KAART);
  });
});
