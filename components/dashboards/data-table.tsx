'use client';
// A dashboard table in its card: every column sorts on a click (numbers
// largest first), the total row stays at the bottom, and "Exportar CSV"
// downloads exactly the rows shown, in the order shown.
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { downloadCsv, toCsv, type CsvValue } from '@/lib/client/csv';
import { useI18n } from '@/lib/i18n/client';

export interface Column<R> {
  key: string;
  /** The column's name: in the CSV header, and as the header's tooltip when `short` stands in for it. */
  label: string;
  short?: string;
  /** The raw value: what sorting compares and the CSV carries. */
  value: (row: R) => string | number | null;
  /** How the cell shows it; by default the value, numbers formatted. */
  render?: (row: R) => React.ReactNode;
  align?: 'left' | 'right';
}

interface Props<R> {
  title: string;
  description?: React.ReactNode;
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  /** Rows pinned under the others (the total), never sorted. */
  footer?: R[];
  /** Names the table for tests (data-testid) and its export: pulso-<name>[-<period>].csv. */
  name: string;
  period?: string;
  actions?: React.ReactNode;
}

type Sort = { key: string; direction: 'asc' | 'desc' } | null;

export function DataTable<R>({ title, description, caption, columns, rows, rowKey, footer = [], name, period, actions }: Props<R>) {
  const { t, fmt } = useI18n();
  const [sort, setSort] = useState<Sort>(null);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const toggle = (column: Column<R>) => setSort((current) => {
    if (current?.key === column.key) return { key: column.key, direction: current.direction === 'desc' ? 'asc' : 'desc' };
    const numeric = rows.length > 0 && typeof column.value(rows[0]) === 'number';
    return { key: column.key, direction: numeric ? 'desc' : 'asc' };
  });
  const exportCsv = () => downloadCsv(
    `pulso-${name}${period ? `-${period}` : ''}.csv`,
    toCsv(columns.map((c) => c.label), [...sorted, ...footer].map((row) => columns.map((c) => c.value(row) as CsvValue))),
  );
  const cell = (column: Column<R>, row: R) => {
    if (column.render) return column.render(row);
    const value = column.value(row);
    return typeof value === 'number' ? fmt.number(value) : value;
  };
  const row = (r: R, total: boolean) => (
    <tr key={rowKey(r)} className={total ? 'bg-slate-50 font-semibold' : 'hover:bg-slate-50/60'}>
      {columns.map((c, i) => {
        const Tag = i === 0 ? 'th' : 'td';
        return (
          <Tag key={c.key} scope={i === 0 ? 'row' : undefined}
            className={`whitespace-nowrap border-b border-slate-100 px-2.5 py-2 first:pl-5 last:pr-5 ${i === 0 ? 'font-medium' : ''} ${(c.align ?? 'right') === 'right' ? 'text-right tabular-nums' : 'text-left'}`}>
            {cell(c, r)}
          </Tag>
        );
      })}
    </tr>
  );
  return (
    <Card title={title} description={description} actions={
      <div className="flex shrink-0 items-center gap-2">
        {actions}
        <Button onClick={exportCsv} disabled={rows.length === 0}>{t.dashboards.table.exportCsv}</Button>
      </div>
    }>
      {/* relative: screen-reader-only text inside stays in the scroll box instead of widening the page. */}
      {/* Focusable, so a keyboard can scroll the columns past the screen's edge. */}
      <div className="relative -mx-5 -my-4 overflow-x-auto" tabIndex={0}>
        <table className="w-full text-sm" data-testid={`table-${name}`}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key ? sort.direction : null;
                const right = (c.align ?? 'right') === 'right';
                return (
                  <th key={c.key} scope="col" aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'}
                    className={`border-b border-slate-200 px-2.5 py-2 align-bottom text-xs font-medium text-slate-500 first:pl-5 last:pr-5 ${right ? 'text-right' : 'text-left'}`}>
                    <button type="button" onClick={() => toggle(c)} title={t.dashboards.table.sortBy(c.label)} aria-label={t.dashboards.table.sortBy(c.label)}
                      className={`inline-flex items-center gap-1 rounded uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 ${right ? 'flex-row-reverse' : ''}`}>
                      <span aria-hidden={c.short ? true : undefined}>{c.short ?? c.label}</span>
                      <span aria-hidden className={active ? 'text-slate-900' : 'text-slate-300'}>{active === 'asc' ? '▲' : active === 'desc' ? '▼' : '↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>{sorted.map((r) => row(r, false))}</tbody>
          {footer.length > 0 && <tfoot>{footer.map((r) => row(r, true))}</tfoot>}
        </table>
      </div>
    </Card>
  );
}

function sortRows<R>(rows: R[], columns: Column<R>[], sort: Sort): R[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column) return rows;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}
