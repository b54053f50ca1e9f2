import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { Heading2 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { useSectorT } from '../ui/sectorWords';
import Bars from './charts/Bars';
import { DataTable } from './DataTable';
import type { Lang } from './format';
import { groupLabel, type GroupTable, type Section } from './tables';

/** Which table of a section is drawn, per group, as a chart beside its data table. */
const CHARTED: Partial<Record<Section['id'], string>> = {
  contacts: 'contacts',
  activities: 'activities',
  referrals: 'partners',
  themes: 'themes',
  support: 'support',
};

function ChartPair({ table, title }: { table: GroupTable; title: string }) {
  const { t } = useSectorT('report');
  return (
    <div className="zr-chart-pair">
      {(['po', 'vo'] as const).map((g) => {
        // Published numbers only: a hidden cell of the outside version is not drawn either, and the
        // chart says so rather than suggesting there was nothing to count.
        const rows = table.rows.filter((r) => !r.total);
        const data = rows.filter((r) => !r.cells[g].hidden).map((r) => ({ label: r.label, value: r.cells[g].count }));
        const hidden = rows.some((r) => r.cells[g].hidden);
        const group = groupLabel(t, g);
        const empty = data.every((d) => d.value === 0);
        return (
          <figure key={g} className="zr-chart" data-chart={`${table.id}-${g}`}>
            <figcaption className="zr-chart__caption">
              {title} — {group}
            </figcaption>
            {empty ? (
              <Paragraph className="zr-hint" data-testid="chart-note">
                {hidden ? t('chart.allHidden', { group }) : t('chart.noData', { group })}
              </Paragraph>
            ) : (
              <div>
                <Bars title={t('chart.label', { title, group })} data={data} />
                {hidden ? (
                  <Paragraph className="zr-hint" data-testid="chart-note">
                    {t('chart.someHidden')}
                  </Paragraph>
                ) : null}
              </div>
            )}
          </figure>
        );
      })}
    </div>
  );
}

/**
 * The items on screen, brought up to `items` one at a time, each in a task of its own (issue 16):
 * drawing a year's six sections with their charts and tables at once was one task of 300 ms and
 * more in Chromium at 4× CPU. A new list (another period) replaces the shown items one by one, so
 * the page never empties meanwhile. Before printing everything is drawn at once.
 */
export function useStaged<T>(items: readonly T[]): { shown: readonly T[]; pending: boolean } {
  const [shown, setShown] = useState<readonly T[]>(() => items.slice(0, 1));
  const pending = shown.length !== items.length || shown.some((item, i) => item !== items[i]);
  useEffect(() => {
    if (!pending) return;
    const step = (current: readonly T[]) => {
      const first = items.findIndex((item, i) => current[i] !== item);
      if (first === -1) return items.slice();
      return [...items.slice(0, first + 1), ...current.slice(first + 1, items.length)];
    };
    const timer = setTimeout(() => setShown(step));
    const all = () => flushSync(() => setShown(items.slice()));
    window.addEventListener('beforeprint', all);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', all);
    };
  }, [items, pending, shown]);
  return { shown, pending };
}

/** Every section of the verantwoording: a chart per group (PO and VO side by side) with its data table. */
export function ReportView({ sections: all, lang }: { sections: readonly (Section & { omitted?: string[] })[]; lang: Lang }) {
  const { t } = useSectorT('report');
  const { shown: sections, pending } = useStaged(all);
  return (
    <div className="zr-report__sections" aria-busy={pending || undefined} data-testid="report-sections">
      {sections.map((section) => {
        const charted = section.tables.find((x) => x.kind === 'group' && x.id === CHARTED[section.id]) as GroupTable | undefined;
        return (
          <section key={section.id} className="zr-report__section" aria-labelledby={`report-${section.id}`} data-section={section.id}>
            <Heading2 id={`report-${section.id}`}>{section.title}</Heading2>
            <Paragraph>{t(`${section.id}.lead`)}</Paragraph>
            {charted && charted.rows.some((r) => !r.total) ? (
              <ChartPair table={charted} title={t(section.id === 'referrals' ? 'referrals.partnersChart' : `${section.id}.chart`)} />
            ) : null}
            {section.id === 'themes' && charted && charted.rows.length === 0 ? <Paragraph>{t('themes.none')}</Paragraph> : null}
            {section.tables.map((table) => (
              <DataTable key={table.id} table={table} lang={lang} />
            ))}
            {(section.omitted ?? []).map((caption) => (
              <Paragraph key={caption} className="zr-hint">
                {caption}: {t('suppression.omitted')}
              </Paragraph>
            ))}
          </section>
        );
      })}
    </div>
  );
}
