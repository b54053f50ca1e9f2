/** The figures per school, with PO and VO subtotals and the total. Pure. */
import type { Figures } from '../model/report';
import { groupLabel, type MatrixTable, type Section } from '../tables';
import type { SectionContext } from './common';

export function schoolsSection({ report, t, dim, k, schoolName }: SectionContext): Section {
  const all = report.groups.all;
  const schoolColumns: { key: string; label: string; read(f: Figures): number }[] = [
    { key: 'registrations', label: k('schools.registrations'), read: (f) => f.registrations },
    { key: 'conversations', label: k('contacts.conversations'), read: (f) => f.conversations },
    { key: 'ouder', label: dim('contact', 'ouder'), read: (f) => f.contacts.ouder.count },
    { key: 'leerling', label: dim('contact', 'leerling'), read: (f) => f.contacts.leerling.count },
    { key: 'kindgesprek', label: dim('activiteit', 'kindgesprek'), read: (f) => f.activities.kindgesprek },
    { key: 'observatie', label: dim('activiteit', 'observatie'), read: (f) => f.activities.observatie },
    { key: 'overleg', label: k('schools.meetings'), read: (f) => f.activities.overleg },
    { key: 'mdo', label: k('schools.mdo'), read: (f) => f.activities.mdo },
    { key: 'referrals', label: k('referrals.total'), read: (f) => f.referrals.total },
  ];
  const schoolRows: MatrixTable['rows'] = report.schools.map((s) => ({
    key: s.id,
    label: `${schoolName(s.id)}${s.type ? ` (${s.type.toUpperCase()})` : ''}`,
    ...(s.type ? { group: s.type } : {}),
    cells: schoolColumns.map((c) => ({ count: c.read(report.perSchool[s.id]!) })),
  }));
  // PO and VO subtotals (when the selection has schools of that type), then the total.
  const subtotals: MatrixTable['rows'] = (['po', 'vo'] as const)
    .filter((g) => report.schools.some((s) => s.type === g))
    .map((g) => ({
      key: `subtotal-${g}`,
      label: k('schools.subtotal', { group: t(`report:groupsShort.${g}`) }),
      total: true,
      cells: schoolColumns.map((c) => ({ count: c.read(report.groups[g]) })),
    }));
  const unknownType = report.schools.filter((s) => !s.type).map((s) => s.id);
  const schools: MatrixTable = {
    kind: 'matrix',
    id: 'schools',
    caption: k('schools.table'),
    rowHeader: t('dimensions:title.school'),
    columns: schoolColumns.map(({ key, label }) => ({ key, label })),
    rows: [
      ...schoolRows,
      ...subtotals,
      { key: 'total', label: groupLabel(t, 'all'), total: true, cells: schoolColumns.map((c) => ({ count: c.read(all) })) },
    ],
    showPct: false,
    // Registrations appear in no other table; every other column repeats figures of the group tables.
    externalColumns: ['registrations'],
    rules: [
      ...subtotals.map((sub) => ({
        total: sub.key,
        parts: report.schools.filter((s) => `subtotal-${s.type}` === sub.key).map((s) => s.id),
      })),
      { total: 'total', parts: [...subtotals.map((sub) => sub.key), ...unknownType] },
    ],
  };

  return { id: 'schools', title: k('schools.title'), tables: [schools] };
}
