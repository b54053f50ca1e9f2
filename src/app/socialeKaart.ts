import type { PartnerKind } from '../../machines/ids';
import { DEFAULT_SOCIALE_KAART, partnerKinds, type SocialeKaart } from '../../content/sociale-kaart';

/**
 * The organisation's sociale kaart: the one imported in settings, else the default. Storage is
 * loaded with import(), so Dexie stays out of the first load; if it cannot be read (blocked
 * IndexedDB), the guide still works with the default kaart.
 *
 * The stored kaart is validated again when it is read back (issue 13): what is on disk may have
 * been changed outside the app or written by an older version, and its links end up in the page.
 * A kaart that no longer passes the schema is not used; the default kaart is. The schema (zod) is
 * loaded only when an organisation's own kaart is stored.
 */
export async function loadSocialeKaart(): Promise<SocialeKaart> {
  try {
    const { getStore } = await import('../storage/store');
    const stored = (await getStore().getSettings()).socialeKaart;
    if (stored === undefined) return DEFAULT_SOCIALE_KAART;
    const { checkSocialeKaart } = await import('../../content/sociale-kaart.schema');
    const checked = checkSocialeKaart(stored);
    return checked.ok ? checked.kaart : DEFAULT_SOCIALE_KAART;
  } catch {
    return DEFAULT_SOCIALE_KAART;
  }
}

/** The machine's `partners` input (id → kind) of the organisation's kaart. */
export async function loadPartnerKinds(): Promise<Record<string, PartnerKind>> {
  return partnerKinds(await loadSocialeKaart());
}
