/** Support types (families, expertise sharing with IB and teachers, care via referral) with focus ranks. Pure. */
import { SUPPORT_TYPES } from '../model/report';
import type { GroupTable, Section } from '../tables';
import { cellsOf, type SectionContext } from './common';

export function supportSection({ report, k }: SectionContext): Section {
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

  return { id: 'support', title: k('support.title'), tables: [support] };
}
