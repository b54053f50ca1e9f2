import type { PartnerKind, Sector } from '../../machines/ids';
import { contactsOf, DEFAULT_SOCIALE_KAART, type SocialeKaart } from '../../content/sociale-kaart';

/** One way to reach a partner (HSDS contact). */
export interface PartnerContact {
  name?: string;
  phone?: string;
  email?: string;
  url?: string;
  /** How to reach it when there is no number to show. */
  instructions?: string;
}

/** What the guide shows of a sociale-kaart partner (src/app maps the HSDS-shaped kaart onto this). */
export interface PartnerInfo {
  id: string;
  name: string;
  kind: PartnerKind;
  /** Service description, one line. */
  description?: string;
  contacts?: PartnerContact[];
  /** ISO date the organisation last confirmed the entry. */
  lastConfirmed?: string;
  /** The sectors it is offered to (issue 14 §6); absent: every sector. */
  sectors?: readonly Sector[];
}

export type PartnerDirectory = Record<string, PartnerInfo>;

export function partnerName(directory: PartnerDirectory | undefined, id: string): string {
  return directory?.[id]?.name ?? id;
}

/**
 * What the guide shows of each partner of a sociale kaart. The default kaart's names are
 * translated by `translate` (common: partners.<id>); an organisation's own kaart keeps its names.
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
        ...(service.sectors ? { sectors: service.sectors } : {}),
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

/**
 * The partner ids to offer in a sector, in the order given: those not offered there are left out
 * (leerplicht in the kinderopvang), and partners of this sector in particular come first (the
 * consultatiebureau and voorschools maatschappelijk werk in the kinderopvang; issue 14 §6).
 */
export function partnersForSector(ids: readonly string[], directory: PartnerDirectory | undefined, sector: Sector): string[] {
  const sectorsOf = (id: string) => directory?.[id]?.sectors;
  const offered = ids.filter((id) => !sectorsOf(id) || sectorsOf(id)!.includes(sector));
  // Partners meant for settings other than schools (no po, no vo among their sectors) lead there.
  const own = offered.filter((id) => {
    const sectors = sectorsOf(id);
    return sectors !== undefined && !sectors.includes('po') && !sectors.includes('vo');
  });
  return [...own, ...offered.filter((id) => !own.includes(id))];
}
