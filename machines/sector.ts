import type { Sector } from './ids';

/**
 * Where the sector kaders differ in who does what. The ids are roles; content/locales hold their
 * names. Kept as data so the guide and the documentation export can say "bespreek dit met de
 * directeur" in a school and "met de houder" in childcare without the machine branching on sector.
 */
export const ROLE_IDS = [
  'directeur',
  'aandachtsfunctionaris',
  'bevoegd-gezag',
  'houder',
  'ib',
  'zorgcoordinator',
  'mentor',
  'leerkracht',
  'pedagogisch-medewerker',
  'sociaal-werker',
  'leidinggevende',
  'aanbieder',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface SectorRoles {
  /** Who takes (or is consulted on) the decision to report in stap 5. */
  decides: RoleId;
  /** Who usually holds the conversation with parents and child in stap 3. */
  conversation: RoleId;
  /**
   * Who must be told at once under the duty to report a staff member (meldplicht): the school
   * board, the childcare houder, or in social work the provider (aanbieder), which reports violence
   * to the toezichthouder (Wmo 2015 art. 3.4; Jeugdwet art. 4.1.8). Social work has no school-board
   * regime (MELDCODE.md §8.6).
   */
  board: RoleId;
  /** The one who coordinates care for the pupil and uses the guide. */
  coordinator: RoleId;
}

export const SECTOR_ROLES: Record<Sector, SectorRoles> = {
  po: { decides: 'directeur', conversation: 'ib', board: 'bevoegd-gezag', coordinator: 'ib' },
  vo: { decides: 'directeur', conversation: 'mentor', board: 'bevoegd-gezag', coordinator: 'zorgcoordinator' },
  kinderopvang: {
    decides: 'leidinggevende',
    conversation: 'pedagogisch-medewerker',
    board: 'houder',
    coordinator: 'aandachtsfunctionaris',
  },
  'sociaal-werk': {
    decides: 'leidinggevende',
    conversation: 'sociaal-werker',
    board: 'aanbieder',
    coordinator: 'sociaal-werker',
  },
};
