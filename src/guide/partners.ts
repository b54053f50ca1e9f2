import type { PartnerKind } from '../../machines/ids';

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
}

export type PartnerDirectory = Record<string, PartnerInfo>;

export function partnerName(directory: PartnerDirectory | undefined, id: string): string {
  return directory?.[id]?.name ?? id;
}
