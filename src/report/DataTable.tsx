import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../ui/ScrollTable';
import { formatCount, formatPct, type Lang } from './format';
import { GROUPS, groupLabel, measureLabel, type Cell, type GroupTable, type MatrixTable, type Measure, type Table } from './tables';

function Hidden() {
  const { t } = useTranslation('report');
  return (
    <>
      <span aria-hidden="true">*</span>
      <span className="zr-visually-hidden">{t('suppression.hidden')}</span>
    </>
  );
}

function MeasureCell({ cell, measure, lang }: { cell: Cell; measure: Measure; lang: Lang }) {
  if (measure === 'count') return cell.hidden ? <Hidden /> : <>{formatCount(cell.count, lang)}</>;
  if (measure === 'pct') return cell.pctHidden ? <Hidden /> : <>{formatPct(cell.pct, lang)}</>;
  return cell.hidden ? <Hidden /> : <>{cell.rank ?? '—'}</>;
}

/** A body row: its label as the row header, then the caller's cells; a total row is marked. */
function BodyRow({ row, children }: { row: { key: string; label: ReactNode; total?: boolean }; children: ReactNode }) {
  return (
    <tr className={`utrecht-table__row${row.total ? ' zr-total' : ''}`} data-row={row.key}>
      <th scope="row" className="utrecht-table__header-cell">
        {row.label}
      </th>
      {children}
    </tr>
  );
}

function GroupDataTable({ table, lang }: { table: GroupTable; lang: Lang }) {
  const { t } = useTranslation(['report', 'common']);
  return (
    <TableRegion caption={table.caption} className="zr-report-table" captionClassName="zr-report-table__caption" table={table.id}>
      <colgroup>
        <col />
      </colgroup>
      {GROUPS.map((g) => (
        <colgroup key={g} span={table.measures.length} className={`zr-report-table__group zr-report-table__group--${g}`} />
      ))}
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th rowSpan={2} scope="col" className="utrecht-table__header-cell">
            {table.rowHeader}
          </th>
          {GROUPS.map((g) => (
            <th key={g} colSpan={table.measures.length} scope="colgroup" className="utrecht-table__header-cell zr-num">
              {groupLabel(t, g)}
            </th>
          ))}
        </tr>
        <tr className="utrecht-table__row">
          {GROUPS.flatMap((g) =>
            table.measures.map((m) => (
              <th key={`${g}-${m}`} scope="col" className="utrecht-table__header-cell zr-num">
                {measureLabel(t, m)}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {table.rows.map((row) => (
          <BodyRow key={row.key} row={row}>
            {GROUPS.flatMap((g) =>
              table.measures.map((m) => (
                <td key={`${g}-${m}`} className="utrecht-table__cell zr-num" data-group={g} data-measure={m}>
                  <MeasureCell cell={row.cells[g]} measure={m} lang={lang} />
                </td>
              )),
            )}
          </BodyRow>
        ))}
      </tbody>
    </TableRegion>
  );
}

function MatrixDataTable({ table, lang }: { table: MatrixTable; lang: Lang }) {
  const { t } = useTranslation(['report', 'common']);
  return (
    <TableRegion caption={table.caption} className="zr-report-table" captionClassName="zr-report-table__caption" table={table.id}>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {table.rowHeader}
          </th>
          {table.columns.map((c) => (
            <th key={c.key} scope="col" className="utrecht-table__header-cell zr-num">
              {c.label}
              {table.showPct ? <span className="zr-report-table__unit"> ({measureLabel(t, 'pct')})</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {table.rows.map((row) => (
          <BodyRow key={row.key} row={row}>
            {row.cells.map((cell, i) => (
              <td key={table.columns[i]!.key} className="utrecht-table__cell zr-num" data-column={table.columns[i]!.key}>
                <MeasureCell cell={cell} measure="count" lang={lang} />
                {table.showPct ? (
                  <span className="zr-report-table__unit">
                    {' '}
                    (<MeasureCell cell={cell} measure="pct" lang={lang} />)
                  </span>
                ) : null}
              </td>
            ))}
          </BodyRow>
        ))}
      </tbody>
    </TableRegion>
  );
}

/** A report table with its caption; hidden numbers (outside version) are shown as * and said as "verborgen". */
export function DataTable({ table, lang }: { table: Table; lang: Lang }) {
  return table.kind === 'group' ? <GroupDataTable table={table} lang={lang} /> : <MatrixDataTable table={table} lang={lang} />;
}
