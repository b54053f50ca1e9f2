import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../../machines/ids';

/**
 * The words of a page in the user's sector (issue 14 §6: kinderopvang is not a school). The counting
 * model keeps one dimension, `school`, typed po/vo (MELDCODE.md §6); only its name changes: a
 * kinderopvang organisation counts per "locatie", sociaal werk per "school of locatie". A page puts
 * the sector in the provider once and its parts ask `t` through `useSectorT`, which passes the sector
 * as i18next's context: a key with a `_kinderopvang` variant reads that, every other key as before.
 * (The record feature has its own copy of this, src/record/sector.tsx, from before it moved down.)
 */
const SectorWords = createContext<Sector | undefined>(undefined);
export const SectorWordsProvider = SectorWords.Provider;

export type SectorTranslate = (key: string, options?: Record<string, unknown>) => string;

/**
 * `t` of these namespaces with the sector as context. `sector` overrides the provider's (the page that
 * provides it translates its own words with it too).
 */
export function useSectorT(namespaces: string | string[], sector?: Sector) {
  const { t, i18n } = useTranslation(namespaces);
  const provided = useContext(SectorWords);
  const context = sector ?? provided;
  const tr = useCallback<SectorTranslate>((key, options) => t(key, { context, ...options }) as string, [t, context]);
  return { t: tr, i18n, sector: context };
}
