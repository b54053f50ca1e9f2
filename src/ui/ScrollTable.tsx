import type { ReactNode } from 'react';

/**
 * A table with one row of column headers that scrolls sideways on a narrow screen instead of widening
 * the page: its wrapper is a region named by the caption and takes focus, so a keyboard user can
 * scroll it too. The rows are the caller's (a row header is a `<th scope="row">`).
 */
export function ScrollTable({
  captionId,
  caption,
  columns,
  testId,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  columns: ReactNode[];
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="zr-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table zr-table" data-testid={testId}>
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, i) => (
              <th key={i} scope="col" className="utrecht-table__header-cell">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
