import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  term: ReactNode;
  value: ReactNode;
  action?: ReactNode;
}

/** GOV.UK summary list on the NL Design System data list: question → answer → change. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows zr-summary-list">
      {rows.map((row) => (
        <div key={row.key} className="utrecht-data-list__item zr-summary-list__row">
          <dt className="utrecht-data-list__item-key">{row.term}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{row.value}</dd>
          {row.action ? <dd className="utrecht-data-list__actions utrecht-data-list__actions--html-dd">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
