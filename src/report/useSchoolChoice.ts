import { useMemo, useState } from 'react';
import type { SchoolType } from '../../machines/ids';
import { parseRow } from '../storage/cells';
import type { ReportData } from './useReportData';

export interface SchoolChoice {
  id: string;
  name: string;
  type?: SchoolType;
}

const typeOrder = (t?: SchoolType) => (t === 'po' ? 0 : t === 'vo' ? 1 : 2);

/** The schools to choose from: settings and imported files, plus ids found in the counters only; PO, VO, unknown, by name. */
export function schoolChoices(data: ReportData | undefined): SchoolChoice[] {
  if (!data) return [];
  const byId = new Map<string, SchoolChoice>(data.known.map((s) => [s.id, { id: s.id, name: s.name ?? s.id, type: s.type }]));
  for (const s of data.settings.schools) byId.set(s.id, { id: s.id, name: s.name, type: s.type });
  for (const row of data.totals.rows.keys()) {
    const id = parseRow(row)?.school;
    if (id !== undefined && !byId.has(id)) byId.set(id, { id, name: id });
  }
  return [...byId.values()].sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || a.name.localeCompare(b.name, 'nl'));
}

/** Which schools the report covers: every school until the user chooses. */
export function useSchoolChoice(data: ReportData | undefined) {
  const schools = useMemo(() => schoolChoices(data), [data]);
  /** undefined: every school */
  const [selected, setSelected] = useState<string[] | undefined>();
  const chosen = useMemo(() => (selected ? schools.filter((s) => selected.includes(s.id)) : schools), [schools, selected]);
  const selectedIds = selected ?? schools.map((s) => s.id);
  /** Sets the choice within one group of schools, keeping the others. */
  const setGroup = (group: readonly SchoolChoice[], ids: string[]) => {
    const inGroup = new Set(group.map((s) => s.id));
    setSelected([...selectedIds.filter((id) => !inGroup.has(id)), ...ids]);
  };
  return {
    schools,
    chosen,
    selectedIds,
    setGroup,
    selectAll: () => setSelected(undefined),
    selectNone: () => setSelected([]),
  };
}
