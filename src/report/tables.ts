/**
 * The report as tables: one structure that the page renders (beside each chart), the CSV export
 * writes and the outside export suppresses, so what is seen, saved and shared cannot drift apart.
 * Pure: words come in through `t`, names through lookups.
 */
import { ACTIVITIES, CONTACTS, ROUTES, VIAS, type SchoolType } from '../../machines/ids';
import { SUPPORT_TYPES, type Figures, type Report } from './model/report';

export type GroupKey = SchoolType | 'all';
export const GROUPS: readonly GroupKey[] = ['po', 'vo', 'all'];

export type Measure = 'count' | 'pct' | 'rank';

export interface Cell {
  count: number;
  pct?: number | null;
  rank?: number | null;
  /** The base of `pct` when it is not a row of the same table (key figures). */
  base?: number;
  /** Outside exports: the count is not published (shown as *). */
  hidden?: boolean;
  /** Outside exports: the percentage is not published. */
  pctHidden?: boolean;
}

/** A sum rule between rows of a table, by row key: total = Σ parts (in every group or column). */
export interface RowRule {
  total: string;
  parts: string[];
}

export interface GroupRow {
  key: string;
  label: string;
  /**
   * The figure this row shows, as one id across all tables (contacts' "Ouder" and support's
   * "Ondersteuning van gezinnen" are the same figure): the outside version suppresses each figure
   * once, so a number hidden in one table is hidden wherever it appears.
   */
  figure?: string;
  cells: Record<GroupKey, Cell>;
  /** A total or subtotal row (shown in bold, kept last). */
  total?: boolean;
}

/** Rows of categories; per group (PO, VO, all) the measures. */
export interface GroupTable {
  kind: 'group';
  id: string;
  caption: string;
  rowHeader: string;
  measures: Measure[];
  rows: GroupRow[];
  /** Sum rules between figures (ids as in `GroupRow.figure`): what an attacker knows besides PO + VO = all. */
  rules?: RowRule[];
  /** Row key → the figure whose count (same group) is its percentage's base. */
  pctBase?: Record<string, string>;
  /** Percentages with bases outside the table (`cell.base`): outside exports show only safe shares. */
  pctOnly?: boolean;
  /** pctOnly: row key → the figures its share is computed from (hidden when any of them is). */
  sources?: Record<string, string[]>;
}

/** Rows × columns of counts (one group): who raised what, and the figures per school. */
export interface MatrixTable {
  kind: 'matrix';
  id: string;
  caption: string;
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; cells: Cell[]; total?: boolean; group?: SchoolType }[];
  /** Show each cell's share (of its row) next to the count. */
  showPct: boolean;
  /** Sum rules between rows (row keys); tables without them are left out of outside exports. */
  rules?: RowRule[];
  /** Columns that may appear in outside exports (the others repeat figures of the group tables). */
  externalColumns?: string[];
}

export type Table = GroupTable | MatrixTable;

export interface Section {
  id: 'contacts' | 'activities' | 'referrals' | 'themes' | 'support' | 'schools';
  title: string;
  tables: Table[];
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TableLookups {
  t: Translate;
  partnerName(id: string): string;
  schoolName(id: string): string;
}

const cellsOf = (report: Report, read: (f: Figures) => Cell): Record<GroupKey, Cell> => ({
  po: read(report.groups.po),
  vo: read(report.groups.vo),
  all: read(report.groups.all),
});

/** The measures of the table shown under each group's heading (PO, VO, all). */
export function measureLabel(t: Translate, measure: Measure): string {
  return t(`report:table.${measure}`);
}

export function groupLabel(t: Translate, group: GroupKey): string {
  return t(`report:groups.${group}`);
}

/** Every section of the seed report, in its order (MELDCODE.md §6). */
export function reportSections(report: Report, { t, partnerName, schoolName }: TableLookups): Section[] {
  const dim = (d: string, v: string) => t(`common:dimensions.${d}.${v}`);
  const k = (key: string) => t(`report:${key}`);
  const k2 = (key: string, options: Record<string, unknown>) => t(`report:${key}`, options);

  const contacts: GroupTable = {
    kind: 'group',
    id: 'contacts',
    caption: k('contacts.table'),
    rowHeader: t('common:dimensions.title.contact'),
    measures: ['count', 'pct'],
    rows: [
      ...CONTACTS.map((c) => ({ key: c, figure: `contact.${c}`, label: dim('contact', c), cells: cellsOf(report, (f) => f.contacts[c]) })),
      {
        key: 'conversations',
        figure: 'conversations',
        label: k('contacts.conversations'),
        total: true,
        cells: cellsOf(report, (f) => ({ count: f.conversations, pct: f.conversations > 0 ? 100 : null })),
      },
    ],
    rules: [{ total: 'conversations', parts: CONTACTS.map((c) => `contact.${c}`) }],
    pctBase: Object.fromEntries([...CONTACTS, 'conversations'].map((c) => [c, 'conversations'])),
  };

  const staffFigures = ['contact.ib', 'contact.leerkracht', 'contact.professional'];
  const withBase = (cp: { count: number; pct: number | null }, base: number): Cell => ({ ...cp, base });
  const keyFigures: GroupTable = {
    kind: 'group',
    id: 'contacts-key',
    caption: k('contacts.keyTable'),
    rowHeader: k('contacts.figure'),
    measures: ['count', 'pct'],
    pctOnly: true,
    sources: {
      internal: [...staffFigures, 'conversations'],
      'internal-ib': staffFigures,
      'internal-leerkracht': staffFigures,
      'internal-professional': staffFigures,
      parents: ['contact.ouder', 'conversations'],
      'parents-via-teacher': ['contact.ouder'],
      'pupils-own': ['via.leerling', 'via.known'],
      families: ['contact.ouder', 'contact.leerling', 'conversations'],
    },
    rows: [
      { key: 'internal', label: k('contacts.internal'), cells: cellsOf(report, (f) => withBase(f.internalStaff, f.conversations)) },
      { key: 'internal-ib', label: k('contacts.internalIb'), cells: cellsOf(report, (f) => withBase(f.internalStaff.ib, f.internalStaff.count)) },
      {
        key: 'internal-leerkracht',
        label: k('contacts.internalTeacher'),
        cells: cellsOf(report, (f) => withBase(f.internalStaff.leerkracht, f.internalStaff.count)),
      },
      {
        key: 'internal-professional',
        label: k('contacts.internalProfessional'),
        cells: cellsOf(report, (f) => withBase(f.internalStaff.professional, f.internalStaff.count)),
      },
      { key: 'parents', label: k('contacts.parents'), cells: cellsOf(report, (f) => withBase(f.contacts.ouder, f.conversations)) },
      {
        key: 'parents-via-teacher',
        label: k('contacts.parentsViaTeacher'),
        cells: cellsOf(report, (f) => withBase(f.raisedBy.ouder.leerkracht, f.contacts.ouder.count)),
      },
      { key: 'pupils-own', label: k('contacts.pupilsOwn'), cells: cellsOf(report, (f) => withBase(f.via.leerling, f.viaKnown)) },
      { key: 'families', label: k('contacts.families'), cells: cellsOf(report, (f) => withBase(f.families, f.conversations)) },
    ],
  };

  const via: GroupTable = {
    kind: 'group',
    id: 'via',
    caption: k('contacts.viaTable'),
    rowHeader: t('common:dimensions.title.via'),
    measures: ['count', 'pct'],
    rows: [
      ...VIAS.map((v) => ({ key: v, figure: `via.${v}`, label: dim('via', v), cells: cellsOf(report, (f) => f.via[v]) })),
      {
        key: 'known',
        figure: 'via.known',
        label: k('contacts.viaKnown'),
        total: true,
        cells: cellsOf(report, (f) => ({ count: f.viaKnown, pct: f.viaKnown > 0 ? 100 : null })),
      },
    ],
    rules: [{ total: 'via.known', parts: VIAS.map((v) => `via.${v}`) }],
    pctBase: Object.fromEntries([...VIAS, 'known'].map((v) => [v, 'via.known'])),
  };

  const all = report.groups.all;
  const raisedBy: MatrixTable = {
    kind: 'matrix',
    id: 'raised-by',
    caption: k('contacts.raisedByTable'),
    rowHeader: t('common:dimensions.title.contact'),
    columns: VIAS.map((v) => ({ key: v, label: dim('via', v) })),
    rows: CONTACTS.map((c) => ({ key: c, label: dim('contact', c), cells: VIAS.map((v) => all.raisedBy[c][v]) })),
    showPct: true,
  };

  const activities: GroupTable = {
    kind: 'group',
    id: 'activities',
    caption: k('activities.table'),
    rowHeader: t('common:dimensions.title.activiteit'),
    measures: ['count'],
    rows: ACTIVITIES.map((a) => ({ key: a, figure: `activiteit.${a}`, label: dim('activiteit', a), cells: cellsOf(report, (f) => ({ count: f.activities[a] })) })),
  };

  const referralFigures: GroupTable = {
    kind: 'group',
    id: 'referrals',
    caption: k('referrals.table'),
    rowHeader: k('referrals.figure'),
    measures: ['count', 'pct'],
    rows: [
      { key: 'routed', figure: 'route.routed', label: k('referrals.routed'), cells: cellsOf(report, (f) => ({ count: f.routed })) },
      {
        key: 'no-referral',
        figure: 'no-referral',
        label: k('referrals.noReferral'),
        cells: cellsOf(report, (f) => ({ count: f.routed - f.referrals.total, pct: f.referrals.noReferralPct })),
      },
      {
        key: 'advice',
        figure: 'route.advies',
        label: k('referrals.advice'),
        cells: cellsOf(report, (f) => ({ count: f.routes.advies.count, pct: f.referrals.advicePct })),
      },
      {
        key: 'referrals',
        figure: 'referrals',
        label: k('referrals.total'),
        cells: cellsOf(report, (f) => ({ count: f.referrals.total, pct: f.routed > 0 ? (f.referrals.total / f.routed) * 100 : null })),
      },
      { key: 'internal', figure: 'route.intern', label: k('referrals.internal'), cells: cellsOf(report, (f) => f.referrals.internal) },
      { key: 'external', figure: 'route.extern', label: k('referrals.external'), cells: cellsOf(report, (f) => f.referrals.external) },
    ],
    rules: [
      { total: 'route.routed', parts: ['no-referral', 'referrals'] },
      { total: 'referrals', parts: ['route.intern', 'route.extern'] },
    ],
    pctBase: {
      'no-referral': 'route.routed',
      advice: 'route.routed',
      referrals: 'route.routed',
      internal: 'referrals',
      external: 'referrals',
    },
  };

  const routes: GroupTable = {
    kind: 'group',
    id: 'routes',
    caption: k('referrals.routesTable'),
    rowHeader: t('common:dimensions.title.route'),
    measures: ['count', 'pct'],
    rows: [
      ...ROUTES.map((r) => ({ key: r, figure: `route.${r}`, label: dim('route', r), cells: cellsOf(report, (f) => f.routes[r]) })),
      {
        key: 'routed',
        figure: 'route.routed',
        label: k('referrals.routed'),
        total: true,
        cells: cellsOf(report, (f) => ({ count: f.routed, pct: f.routed > 0 ? 100 : null })),
      },
    ],
    rules: [{ total: 'route.routed', parts: ROUTES.map((r) => `route.${r}`) }],
    pctBase: Object.fromEntries([...ROUTES, 'routed'].map((r) => [r, 'route.routed'])),
  };

  // Partners: every partner referred to in any group, by the total count.
  const partnerKeys = new Map<string, { partner: string; kind: string }>();
  for (const g of GROUPS)
    for (const p of report.groups[g].referrals.partners) partnerKeys.set(`${p.kind}.${p.partner}`, { partner: p.partner, kind: p.kind });
  const partnerCell = (f: Figures, key: string): Cell => {
    const p = f.referrals.partners.find((x) => `${x.kind}.${x.partner}` === key);
    return { count: p?.count ?? 0, pct: p ? p.pct : f.referrals.total > 0 ? 0 : null };
  };
  const partnerRows = [...partnerKeys.entries()]
    .map(([key, { partner, kind }]) => ({
      key,
      figure: `partner.${key}`,
      kind,
      label: `${partnerName(partner)} (${t(`common:partnerKinds.${kind}`)})`,
      cells: cellsOf(report, (f) => partnerCell(f, key)),
    }))
    .sort((a, b) => b.cells.all.count - a.cells.all.count || a.label.localeCompare(b.label));
  const partners: GroupTable = {
    kind: 'group',
    id: 'partners',
    caption: k('referrals.partnersTable'),
    rowHeader: t('common:dimensions.title.partner'),
    measures: ['count', 'pct'],
    rows: [
      ...partnerRows,
      {
        key: 'total',
        figure: 'referrals',
        label: k('referrals.total'),
        total: true,
        cells: cellsOf(report, (f) => ({ count: f.referrals.total, pct: f.referrals.total > 0 ? 100 : null })),
      },
    ],
    // Every referral names its partner, so the partners of each kind sum to route intern / extern.
    rules: [
      { total: 'route.intern', parts: partnerRows.filter((r) => r.kind === 'internal').map((r) => r.figure) },
      { total: 'route.extern', parts: partnerRows.filter((r) => r.kind === 'external').map((r) => r.figure) },
    ],
    pctBase: Object.fromEntries([...partnerRows.map((r) => r.key), 'total'].map((r) => [r, 'referrals'])),
  };

  // Themes in the order of the whole selection, largest first; themes nobody counted are left out.
  const themeOrder = all.themes.filter((x) => x.count > 0).map((x) => x.id);
  const themes: GroupTable = {
    kind: 'group',
    id: 'themes',
    caption: k('themes.table'),
    rowHeader: t('common:dimensions.title.thema'),
    measures: ['count', 'rank'],
    rows: themeOrder.map((id) => ({
      key: id,
      figure: `thema.${id}`,
      label: dim('thema', id),
      cells: cellsOf(report, (f) => {
        const x = f.themes.find((y) => y.id === id)!;
        return { count: x.count, rank: x.rank };
      }),
    })),
  };

  const SUPPORT_FIGURE: Record<(typeof SUPPORT_TYPES)[number], string> = {
    gezinnen: 'contact.ouder',
    'expertisedeling-ib': 'contact.ib',
    'expertisedeling-docenten': 'contact.leerkracht',
    verwijzing: 'referrals',
  };
  const support: GroupTable = {
    kind: 'group',
    id: 'support',
    caption: k('support.table'),
    rowHeader: k('support.type'),
    measures: ['count', 'rank'],
    rows: SUPPORT_TYPES.map((s) => ({
      key: s,
      figure: SUPPORT_FIGURE[s],
      label: k(`support.types.${s}`),
      cells: cellsOf(report, (f) => {
        const x = f.support.find((y) => y.id === s)!;
        return { count: x.count, rank: x.rank };
      }),
    })),
  };

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
      label: k2('schools.subtotal', { group: t(`report:groupsShort.${g}`) }),
      total: true,
      cells: schoolColumns.map((c) => ({ count: c.read(report.groups[g]) })),
    }));
  const unknownType = report.schools.filter((s) => !s.type).map((s) => s.id);
  const schools: MatrixTable = {
    kind: 'matrix',
    id: 'schools',
    caption: k('schools.table'),
    rowHeader: t('common:dimensions.title.school'),
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

  return [
    { id: 'contacts', title: k('contacts.title'), tables: [contacts, keyFigures, via, raisedBy] },
    { id: 'activities', title: k('activities.title'), tables: [activities] },
    { id: 'referrals', title: k('referrals.title'), tables: [referralFigures, routes, partners] },
    { id: 'themes', title: k('themes.title'), tables: [themes] },
    { id: 'support', title: k('support.title'), tables: [support] },
    { id: 'schools', title: k('schools.title'), tables: [schools] },
  ];
}
