import type { PartnerKind } from '../../machines/ids';
import { DEFAULT_SOCIALE_KAART, partnerKinds, type SocialeKaart } from '../../content/sociale-kaart';

/**
 * The organisation's sociale kaart: the one imported in settings (validated there), else the
 * default. Storage is loaded with import(), so Dexie stays out of the first load; if it cannot be
 * read (blocked IndexedDB), the guide still works with the default kaart.
 */
export async function loadSocialeKaart(): Promise<SocialeKaart> {
  try {
    const { getStore } = await import('../storage/store');
    return (await getStore().getSettings()).socialeKaart ?? DEFAULT_SOCIALE_KAART;
  } catch {
    return DEFAULT_SOCIALE_KAART;
  }
}

/** The machine's `partners` input (id → kind) of the organisation's kaart. */
export async function loadPartnerKinds(): Promise<Record<string, PartnerKind>> {
  return partnerKinds(await loadSocialeKaart());
}
