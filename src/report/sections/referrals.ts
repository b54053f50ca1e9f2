/**
 * Referrals: routed registrations, no referral, advice, referrals internal and external (meldingen to Veilig
 * Thuis among the external ones, MELDCODE.md §6 version 2); the routes; the partners. Pure.
 */
import { FLAGS } from '../../../machines/ids';
import { COUNTED_ROUTES } from '../../../machines/onderling.ids';
import type { Figures, PartnerCount } from '../model/report';
import type { Cell, GroupTable, Section } from '../tables';
import { cellsOf, type SectionContext } from './common';

export function referralsSection({ report, t, dim, k, partnerName }: SectionContext): Section {
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
      { key: 'external', figure: 'referrals.external', label: k('referrals.external'), cells: cellsOf(report, (f) => f.referrals.external) },
      { key: 'meldingen', figure: 'route.veilig-thuis', label: k('referrals.meldingen'), cells: cellsOf(report, (f) => f.referrals.meldingen) },
    ],
    // A melding to Veilig Thuis counts as an external referral (MELDCODE.md §6, version 2).
    rules: [
      { total: 'route.routed', parts: ['no-referral', 'referrals'] },
      { total: 'referrals', parts: ['route.intern', 'referrals.external'] },
      { total: 'referrals.external', parts: ['route.extern', 'route.veilig-thuis'] },
    ],
    pctBase: {
      'no-referral': 'route.routed',
      advice: 'route.routed',
      referrals: 'route.routed',
      internal: 'referrals',
      external: 'referrals',
      meldingen: 'referrals',
    },
  };

  const routes: GroupTable = {
    kind: 'group',
    id: 'routes',
    caption: k('referrals.routesTable'),
    rowHeader: t('dimensions:title.route'),
    measures: ['count', 'pct'],
    rows: [
      ...COUNTED_ROUTES.map((r) => ({ key: r, figure: `route.${r}`, label: dim('route', r), cells: cellsOf(report, (f) => f.routes[r]) })),
      {
        key: 'routed',
        figure: 'route.routed',
        label: k('referrals.routed'),
        total: true,
        cells: cellsOf(report, (f) => ({ count: f.routed, pct: f.routed > 0 ? 100 : null })),
      },
    ],
    rules: [{ total: 'route.routed', parts: COUNTED_ROUTES.map((r) => `route.${r}`) }],
    pctBase: Object.fromEntries([...COUNTED_ROUTES, 'routed'].map((r) => [r, 'route.routed'])),
  };

  // Partners: every partner referred to in any group, by the total count. Veilig Thuis's meldingen
  // are the route's own figure (route.veilig-thuis), so they are suppressed as one with the routes table.
  const keyOf = (p: PartnerCount) => (p.melding ? `melding.${p.partner}` : `${p.kind}.${p.partner}`);
  const partnerKeys = new Map<string, PartnerCount>();
  for (const figures of Object.values(report.groups)) for (const p of figures.referrals.partners) partnerKeys.set(keyOf(p), p);
  const partnerCell = (f: Figures, key: string): Cell => {
    const p = f.referrals.partners.find((x) => keyOf(x) === key);
    return { count: p?.count ?? 0, pct: p ? p.pct : f.referrals.total > 0 ? 0 : null };
  };
  const partnerRows = [...partnerKeys.entries()]
    .map(([key, p]) => ({
      key,
      figure: p.melding ? 'route.veilig-thuis' : `partner.${key}`,
      kind: p.kind,
      label: `${partnerName(p.partner)} (${p.melding ? k('referrals.melding') : t(`common:partnerKinds.${p.kind}`)})`,
      cells: cellsOf(report, (f) => partnerCell(f, key)),
    }))
    .sort((a, b) => b.cells.all.count - a.cells.all.count || a.label.localeCompare(b.label));
  const partners: GroupTable = {
    kind: 'group',
    id: 'partners',
    caption: k('referrals.partnersTable'),
    rowHeader: t('dimensions:title.partner'),
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
    // Every referral names its partner (a melding: Veilig Thuis), so the partners of each kind sum to
    // route intern and to the external referrals.
    rules: [
      { total: 'route.intern', parts: partnerRows.filter((r) => r.kind === 'internal').map((r) => r.figure) },
      { total: 'referrals.external', parts: partnerRows.filter((r) => r.kind === 'external').map((r) => r.figure) },
    ],
    pctBase: Object.fromEntries([...partnerRows.map((r) => r.key), 'total'].map((r) => [r, 'referrals'])),
  };

  // Flags: concerns in direct danger, and concerns where Veilig Thuis was asked for advice (step 2).
  const flags: GroupTable = {
    kind: 'group',
    id: 'flags',
    caption: k('referrals.flagsTable'),
    rowHeader: t('dimensions:title.flag'),
    measures: ['count'],
    rows: FLAGS.map((f) => ({ key: f, figure: `vlag.${f}`, label: dim('flag', f), cells: cellsOf(report, (x) => ({ count: x.flags[f] })) })),
  };

  return { id: 'referrals', title: k('referrals.title'), tables: [referralFigures, routes, partners, flags] };
}
