import type { PartnerKind } from '../../machines/ids';

/** What the guide shows of a sociale-kaart partner (src/app maps the HSDS-shaped kaart onto this). */
export interface PartnerInfo {
  id: string;
  name: string;
  kind: PartnerKind;
  /** Service description, one line. */
  description?: string;
  phone?: string;
  email?: string;
  url?: string;
  /** ISO date the organisation last confirmed the contact details. */
  lastConfirmed?: string;
}

export type PartnerDirectory = Record<string, PartnerInfo>;

export function partnerName(directory: PartnerDirectory | undefined, id: string): string {
  return directory?.[id]?.name ?? id;
}
