import type { PartnerKind, Sector } from '../machines/ids';

/**
 * The organisation's sociale kaart: where help can be found, shaped after Open Referral HSDS
 * (organization → service → contact) so it can be exchanged with municipal service directories.
 * Service ids are the partner ids the machine records (`hulp.partner`, `steun.partner`) and the
 * counters count, so they must stay stable; names and contacts may change freely.
 *
 * This module is plain data and types: it must not import zod, because the guide (first page)
 * reads it. Validation lives in sociale-kaart.schema.ts, loaded lazily by settings and by tests.
 *
 * The defaults hold no invented phone numbers: only national numbers that are real (Veilig Thuis,
 * Slachtofferhulp); local services say where to find the contact, to be filled in per organisation.
 */

export interface KaartOrganization {
  id: string;
  name: string;
  description?: string;
  url?: string;
}

export interface KaartService {
  /** Partner id (MELDCODE.md §5). Stable: casus files, answers and counters use it. */
  id: string;
  organizationId: string;
  /** Internal: within the own organisation (route `intern`); external: elsewhere (route `extern`). */
  kind: PartnerKind;
  name: string;
  description: string;
  /** HSDS service status; inactive services are kept for old counts but not offered. */
  status: 'active' | 'inactive';
  /** ISO date (YYYY-MM-DD) the entry was last confirmed (HSDS `assured_date`). */
  lastConfirmed: string;
  /**
   * The sectors this service is offered to as a partner (issue 14 §6: kinderopvang is not a school);
   * absent: every sector. Not an HSDS field: HSDS would say it with eligibility or service areas, which
   * a municipal directory can map onto this list on import.
   */
  sectors?: Sector[];
}

export interface KaartContact {
  id: string;
  serviceId: string;
  /** Name of a role or desk, never of a person in the defaults. */
  name?: string;
  phone?: string;
  email?: string;
  url?: string;
  /** How to reach it when there is no number to show, e.g. "via je eigen organisatie". */
  instructions?: string;
}

export interface SocialeKaart {
  /** Version of this shape, for import/export. */
  schemaVersion: 1;
  name: string;
  /** ISO date the kaart as a whole was last confirmed. */
  lastConfirmed: string;
  organizations: KaartOrganization[];
  services: KaartService[];
  contacts: KaartContact[];
}

const CONFIRMED = '2026-11-23';
const OWN = 'eigen-organisatie';
const LOCAL = 'Via je eigen organisatie: vul het contact van je team of gemeente in bij Instellingen.';

function service(
  id: string,
  organizationId: string,
  kind: PartnerKind,
  name: string,
  description: string,
  sectors?: readonly Sector[],
): KaartService {
  return { id, organizationId, kind, name, description, status: 'active', lastConfirmed: CONFIRMED, ...(sectors ? { sectors: [...sectors] } : {}) };
}

/**
 * The partners of the kinderopvang (issue 14 §6; docs/decisions.md): the consultatiebureau, where
 * jeugdartsen and jeugdverpleegkundigen follow every young child's development with the parents
 * (GGD Twente: `ggd-twente-voorschools`), and voorschools maatschappelijk werk on the kinderdagverblijf
 * or peuteropvang (NJi: `nji-vsmw-rotterdam`; seed 002). Leerplicht is about school attendance: not
 * offered to the kinderopvang.
 */
const KINDEROPVANG: readonly Sector[] = ['kinderopvang'];
const WITH_YOUNG_CHILDREN: readonly Sector[] = ['kinderopvang', 'sociaal-werk'];
const SCHOOL_AGE: readonly Sector[] = ['po', 'vo', 'sociaal-werk'];

/** A kaart file above this size is refused before it is read (the schema bounds every list and text). */
export const MAX_KAART_FILE_BYTES = 1024 * 1024;

export const DEFAULT_SOCIALE_KAART: SocialeKaart = {
  schemaVersion: 1,
  name: 'Standaard sociale kaart',
  lastConfirmed: CONFIRMED,
  organizations: [
    {
      id: OWN,
      name: 'Eigen organisatie (sociaal werk)',
      description: 'De organisatie waar de sociaal werker op school in dienst is.',
    },
    { id: 'gemeente', name: 'Gemeente', description: 'Toegang tot jeugdhulp en ondersteuning in de gemeente.' },
    {
      id: 'veilig-thuis',
      name: 'Veilig Thuis',
      description: 'Advies- en meldpunt huiselijk geweld en kindermishandeling.',
      url: 'https://veiligthuis.nl',
    },
    { id: 'huisartsenzorg', name: 'Huisartsenzorg', description: 'De eigen huisarts van het gezin.' },
    { id: 'jeugdgezondheidszorg', name: 'Jeugdgezondheidszorg (GGD of CJG)', description: 'Consultatiebureau, jeugdarts en jeugdverpleegkundige.' },
    { id: 'ggz-jeugd', name: 'Jeugd-ggz', description: 'Geestelijke gezondheidszorg voor kinderen en jongeren.' },
    {
      id: 'slachtofferhulp',
      name: 'Slachtofferhulp Nederland',
      description: 'Hulp voor slachtoffers van misdrijven, verkeersongevallen en calamiteiten.',
      url: 'https://www.slachtofferhulp.nl',
    },
  ],
  services: [
    service('gezinscoaching', OWN, 'internal', 'Gezinscoaching', 'Coaching van ouders en gezin thuis, bij opvoedvragen en problemen in het gezin.'),
    service('buurtwerk', OWN, 'internal', 'Buurtwerk', 'Activiteiten en ontmoeting in de wijk, voor kinderen en ouders.'),
    service('buurtwerk-sport', OWN, 'internal', 'Buurtsport', 'Sport- en beweegactiviteiten in de wijk.'),
    service('buurtmaatschappelijk-werk', OWN, 'internal', 'Buurtmaatschappelijk werk', 'Maatschappelijk werk voor ouders en volwassenen in de wijk: geld, wonen, relaties.'),
    service('jongerenwerk', OWN, 'internal', 'Jongerenwerk', 'Ontmoeting, activiteiten en begeleiding voor jongeren.'),
    service(
      'voorschools-maatschappelijk-werk',
      OWN,
      'internal',
      'Voorschools maatschappelijk werk',
      'Maatschappelijk werk op het kinderdagverblijf en de peuteropvang: steun voor pedagogisch medewerkers, kortdurende hulp aan ouders, de weg naar verdere hulp.',
      KINDEROPVANG,
    ),
    service('cjg', 'gemeente', 'external', 'Centrum voor Jeugd en Gezin (CJG)', 'Vragen over opgroeien en opvoeden; jeugdgezondheidszorg.'),
    service('veilig-thuis', 'veilig-thuis', 'external', 'Veilig Thuis', 'Advies en melding bij (vermoedens van) huiselijk geweld en kindermishandeling. Gratis, dag en nacht.'),
    service('huisarts', 'huisartsenzorg', 'external', 'Huisarts', 'Medische zorg en verwijzing naar (jeugd-)ggz of andere zorg.'),
    service('wijkteam', 'gemeente', 'external', 'Wijkteam (sociaal team)', 'Toegang tot jeugdhulp en ondersteuning van de gemeente.'),
    service('leerplicht', 'gemeente', 'external', 'Leerplicht', 'Leerplichtambtenaar van de gemeente, bij (dreigend) verzuim.', SCHOOL_AGE),
    service(
      'jgz',
      'jeugdgezondheidszorg',
      'external',
      'Jeugdgezondheidszorg (consultatiebureau)',
      'Jeugdarts en jeugdverpleegkundige van het consultatiebureau: volgen met de ouders de ontwikkeling van het jonge kind en helpen ouders hulp in te schakelen.',
      WITH_YOUNG_CHILDREN,
    ),
    service('ggz', 'ggz-jeugd', 'external', 'Jeugd-ggz', 'Behandeling bij psychische problemen van kinderen en jongeren.'),
    service('wmo', 'gemeente', 'external', 'Wmo-loket', 'Maatschappelijke ondersteuning van de gemeente voor volwassenen in het gezin.'),
    service('slachtofferhulp', 'slachtofferhulp', 'external', 'Slachtofferhulp', 'Praktische, juridische en emotionele hulp voor slachtoffers.'),
  ],
  contacts: [
    ...['gezinscoaching', 'buurtwerk', 'buurtwerk-sport', 'buurtmaatschappelijk-werk', 'jongerenwerk', 'voorschools-maatschappelijk-werk'].map(
      (id): KaartContact => ({ id: `${id}-contact`, serviceId: id, name: 'Teamleider', instructions: LOCAL }),
    ),
    ...['cjg', 'wijkteam', 'leerplicht', 'wmo', 'jgz'].map(
      (id): KaartContact => ({ id: `${id}-contact`, serviceId: id, name: 'Gemeente', instructions: LOCAL }),
    ),
    {
      id: 'veilig-thuis-contact',
      serviceId: 'veilig-thuis',
      name: 'Veilig Thuis',
      phone: '0800-2000',
      url: 'https://veiligthuis.nl',
      instructions: 'Gratis, 24 uur per dag, 7 dagen per week.',
    },
    {
      id: 'huisarts-contact',
      serviceId: 'huisarts',
      instructions: 'Via de eigen huisarts van het gezin; ouders maken zelf een afspraak of geven toestemming voor contact.',
    },
    { id: 'ggz-contact', serviceId: 'ggz', instructions: 'Via een verwijzing van de huisarts of het wijkteam.' },
    {
      id: 'slachtofferhulp-contact',
      serviceId: 'slachtofferhulp',
      name: 'Slachtofferhulp Nederland',
      phone: '0900-0101',
      url: 'https://www.slachtofferhulp.nl',
    },
  ],
};

/**
 * The machine's `partners` input: partner id → kind, for the active services of a kaart.
 * Inactive services are left out so they are not offered for new concerns.
 */
export function partnerKinds(kaart: SocialeKaart): Record<string, PartnerKind> {
  const kinds: Record<string, PartnerKind> = {};
  for (const s of kaart.services) if (s.status === 'active') kinds[s.id] = s.kind;
  return kinds;
}

/** The contacts of one partner (service id), in kaart order. */
export function contactsOf(kaart: SocialeKaart, partnerId: string): KaartContact[] {
  return kaart.contacts.filter((c) => c.serviceId === partnerId);
}

/** The service of a partner id, if the kaart has it. */
export function serviceOf(kaart: SocialeKaart, partnerId: string): KaartService | undefined {
  return kaart.services.find((s) => s.id === partnerId);
}

/** Whether a service is offered as a partner in a sector (no `sectors`: in every sector). */
export function offeredIn(service: Pick<KaartService, 'sectors'>, sector: Sector): boolean {
  return !service.sectors || service.sectors.includes(sector);
}
