import { useId, type ReactNode } from 'react';

/**
 * The frame every table of the app has: a region named by the caption that takes focus, so a table
 * wider than a narrow screen scrolls sideways (by keyboard too) instead of widening the page. The
 * column groups, header rows and body are the caller's.
 */
export function TableRegion({
  captionId,
  caption,
  className,
  captionClassName,
  testId,
  table,
  children,
}: {
  captionId?: string;
  caption: ReactNode;
  className?: string;
  captionClassName?: string;
  testId?: string;
  /** `data-table` of the table: which table it is, for tests and styles. */
  table?: string;
  children: ReactNode;
}) {
  const ownId = useId();
  const id = captionId ?? ownId;
  return (
    <div className="zr-table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={`utrecht-table zr-table ${className ?? ''}`.trim()} data-testid={testId} data-table={table}>
        <caption id={id} className={`utrecht-table__caption ${captionClassName ?? ''}`.trim()}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

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
    <TableRegion captionId={captionId} caption={caption} testId={testId}>
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
    </TableRegion>
  );
}
