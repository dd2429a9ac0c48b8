'use client';
// The columns of the resumen's tables (a DataRow per cartera or servicio).
import { useMemo } from 'react';
import type { DataRow } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import type { Column } from '../data-table';
import { WithStatus } from '../status-icon';

export function useDataRowColumns(): Column<DataRow>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const short = t.dashboards.short as Partial<Record<string, string>>;
    const label = (row: DataRow) => (row.label === 'TOTAL' ? t.dashboards.total : row.label);
    const count = (key: keyof DataRow & keyof typeof m): Column<DataRow> => ({ key, label: m[key], short: short[key], value: (r) => r[key] as number });
    const pct = (key: keyof DataRow & keyof typeof m, status?: keyof DataRow['status']): Column<DataRow> => ({
      key, label: m[key], short: short[key], value: (r) => r[key] as number,
      render: (r) => (status ? <WithStatus status={r.status[status]}>{fmt.percent(r[key] as number)}</WithStatus> : fmt.percent(r[key] as number)),
    });
    const soles = (key: 'deudaAsig' | 'recupero'): Column<DataRow> =>
      ({ key, label: m[key], short: short[key], value: (r) => r[key], render: (r) => fmt.soles(r[key]) });
    // The three metrics with a target come first, so a laptop screen shows them without scrolling.
    return [
      { key: 'label', label: m.label, value: label, align: 'left' },
      count('cuentas'), pct('pctCober'), pct('pctContac', 'contacto'), pct('pctEfectividad'), pct('pctCierre', 'cierre'),
      { key: 'inten', label: m.inten, short: short.inten, value: (r) => r.inten, render: (r) => <WithStatus status={r.status.inten}>{fmt.number(r.inten, 2)}</WithStatus> },
      soles('recupero'), soles('deudaAsig'), count('cuentasPdp'), pct('pctConversion'), count('cuentasGestionadas'), count('archivos'),
    ];
  }, [t, fmt]);
}
