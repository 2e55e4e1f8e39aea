/**
 * Tables of amounts the way a treasurer reads them: right-aligned tabular figures, negative with a
 * minus sign, a caption saying what and as of when, and a totals row that adds up.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { sumAmounts } from '../../../../../libs/domain/src/money/money';

export interface MoneyTableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly amount?: (row: Row) => string | null;
  readonly text?: (row: Row) => ReactNode;
  /** Amount columns are totalled unless this is false (e.g. a share or a balance carried). */
  readonly total?: boolean;
}

export function MoneyTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  totalsLabel,
  rowHeader,
}: {
  caption: ReactNode;
  columns: readonly MoneyTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Set to show a totals row. */
  totalsLabel?: string;
  /** The column whose cells name their row (a `th` for screen readers). */
  rowHeader?: string;
}) {
  const { money, t } = useI18n();
  return (
    <div
      className="kern-table-responsive"
      tabIndex={0}
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
    >
      <table className="kern-table kern-table--small money-table">
        <caption className="kern-title kern-title--small">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`kern-table__header${column.amount ? ' kern-table__header--numeric' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="kern-table__row">
              {columns.map((column) => {
                const amount = column.amount?.(row);
                const content = column.amount
                  ? amount === null || amount === undefined
                    ? '–'
                    : money(amount)
                  : column.text?.(row);
                const className = `kern-table__cell${column.amount ? ' kern-table__cell--numeric amount' : ''}`;
                return column.key === rowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {totalsLabel !== undefined && rows.length > 0 ? (
          <tfoot className="kern-table__footer">
            <tr className="kern-table__row totals-row">
              {columns.map((column, index) => {
                if (index === 0) {
                  return (
                    <th key={column.key} scope="row" className="kern-table__cell">
                      {totalsLabel}
                    </th>
                  );
                }
                const amounts =
                  column.amount && column.total !== false
                    ? rows.map((row) => column.amount?.(row) ?? '0')
                    : null;
                return (
                  <td
                    key={column.key}
                    className={`kern-table__cell${column.amount ? ' kern-table__cell--numeric amount' : ''}`}
                  >
                    {amounts === null ? '' : money(sumAmounts(amounts).toFixed(2))}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        ) : null}
      </table>
      {rows.length === 0 ? <p className="kern-body kern-body--muted">{t.states.noRows}</p> : null}
    </div>
  );
}
