import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';

/** One column of a figure's table: its heading and how a row shows in it. */
export interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  /** Numbers align right. */
  numeric?: boolean;
}

/**
 * A figure's numbers as a table with a caption: the accessible form of its chart. It sits in a
 * <details> so the page stays short, but is always in the document.
 */
export function DataTable<R>({ caption, columns, rows, rowKey, open }: {
  caption: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  open?: boolean;
}) {
  const { t } = useI18n();
  return (
    <details className="insight-table" open={open}>
      <summary>{t('insights.showTable')}</summary>
      <div className="table-scroll">
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, columnIndex) => (
                <th key={columnIndex} scope="col" className={column.numeric ? 'table__number' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={rowKey(row, index)}>
                {columns.map((column, columnIndex) =>
                  columnIndex === 0 ? (
                    <th key={columnIndex} scope="row" className={column.numeric ? 'table__number' : undefined}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={columnIndex} className={column.numeric ? 'table__number' : undefined}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
