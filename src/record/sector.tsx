import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../../machines/ids';

/**
 * The sector the record feature words itself for (issue 14 §6, kinderopvang is not a school): the
 * kinderopvang counts per "locatie", not per "school". The counting model stays one dimension
 * (`school`, typed po/vo, MELDCODE.md §6); only the words change, through i18next's context
 * (`fields.school_kinderopvang`). Keys without a sector variant read as before.
 */
const RecordSector = createContext<Sector | undefined>(undefined);
export const RecordSectorProvider = RecordSector.Provider;

export type RecordTranslate = (key: string, options?: Record<string, unknown>) => string;

/** `t` of the record namespaces with the sector as context, and the i18n instance. */
export function useRecordT() {
  const { t, i18n } = useTranslation(['record', 'common']);
  const sector = useContext(RecordSector);
  const tr = useCallback<RecordTranslate>((key, options) => t(key, { context: sector, ...options }) as string, [t, sector]);
  return { t: tr, i18n, sector };
}
