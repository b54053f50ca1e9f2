/** Activities: child conversations, observations, meetings, MDOs … as plain counts. Pure. */
import { ACTIVITIES } from '../../../machines/ids';
import type { GroupTable, Section } from '../tables';
import { cellsOf, type SectionContext } from './common';

export function activitiesSection({ report, t, dim, k }: SectionContext): Section {
  const activities: GroupTable = {
    kind: 'group',
    id: 'activities',
    caption: k('activities.table'),
    rowHeader: t('dimensions:title.activiteit'),
    measures: ['count'],
    rows: ACTIVITIES.map((a) => ({ key: a, figure: `activiteit.${a}`, label: dim('activiteit', a), cells: cellsOf(report, (f) => ({ count: f.activities[a] })) })),
  };

  return { id: 'activities', title: k('activities.title'), tables: [activities] };
}
