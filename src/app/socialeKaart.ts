import type { PartnerKind } from '../../machines/ids';
import { contactsOf, DEFAULT_SOCIALE_KAART, partnerKinds, type SocialeKaart } from '../../content/sociale-kaart';
import type { PartnerDirectory } from '../guide/partners';

/**
 * The organisation's sociale kaart. For now the default kaart; when settings can hold an
 * organisation's own kaart, read it here with a dynamic import (Dexie stays out of the first load).
 */
export async function loadSocialeKaart(): Promise<SocialeKaart> {
  return DEFAULT_SOCIALE_KAART;
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
