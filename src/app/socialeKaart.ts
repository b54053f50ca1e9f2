import { DEFAULT_PARTNERS, type PartnerKind } from '../../machines/ids';

/**
 * The organisation's sociale kaart reduced to what routing needs (partner id → kind). For now the
 * default kaart; when settings can hold an organisation's own kaart, read it here (lazily, so
 * Dexie stays out of the first load).
 */
export async function loadPartnerKinds(): Promise<Record<string, PartnerKind>> {
  return { ...DEFAULT_PARTNERS };
}
