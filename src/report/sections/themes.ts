/** Themes with counts and focus ranks, in the order of the whole selection. Pure. */
import type { GroupTable, Section } from '../tables';
import { cellsOf, type SectionContext } from './common';

export function themesSection({ report, t, dim, k }: SectionContext): Section {
  const all = report.groups.all;
  // Themes in the order of the whole selection, largest first; themes nobody counted are left out.
  const themeOrder = all.themes.filter((x) => x.count > 0).map((x) => x.id);
  const themes: GroupTable = {
    kind: 'group',
    id: 'themes',
    caption: k('themes.table'),
    rowHeader: t('dimensions:title.thema'),
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

  return { id: 'themes', title: k('themes.title'), tables: [themes] };
}
