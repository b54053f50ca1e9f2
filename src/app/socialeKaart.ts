import type { PartnerKind } from '../../machines/ids';
import { contactsOf, DEFAULT_SOCIALE_KAART, partnerKinds, type SocialeKaart } from '../../content/sociale-kaart';
import type { PartnerDirectory } from '../guide/partners';

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

/**
 * What the guide shows of each partner. The default kaart's names are translated (common:
 * partners.<id>); an organisation's own kaart keeps its own names.
 */
export function partnerDirectory(kaart: SocialeKaart, translate: (id: string, fallback: string) => string): PartnerDirectory {
  const isDefault = kaart === DEFAULT_SOCIALE_KAART;
  return Object.fromEntries(
    kaart.services.map((service) => [
      service.id,
      {
        id: service.id,
        kind: service.kind,
        name: isDefault ? translate(service.id, service.name) : service.name,
        description: service.description,
        lastConfirmed: service.lastConfirmed,
        contacts: contactsOf(kaart, service.id).map(({ name, phone, email, url, instructions }) => ({
          name,
          phone,
          email,
          url,
          instructions,
        })),
      },
    ]),
  );
}
