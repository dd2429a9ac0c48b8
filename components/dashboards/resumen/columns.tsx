'use client';
// The columns of the resumen's tables (a DataRow per cartera or servicio).
import { useMemo } from 'react';
import type { DataRow } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import type { Column } from '../data-table';
import { metricColumns } from '../metric-columns';
import { WithStatus } from '../status-icon';

export function useDataRowColumns(): Column<DataRow>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const { count, percent, soles } = metricColumns<DataRow>(t, fmt);
    const label = (row: DataRow) => (row.label === 'TOTAL' ? t.dashboards.total : row.label);
    /** A metric with a target (SPEC §4) shows its status beside the value. */
    const withStatus = (column: Column<DataRow>, status: keyof DataRow['status'], shown: (r: DataRow) => string): Column<DataRow> =>
      ({ ...column, render: (r) => <WithStatus status={r.status[status]}>{shown(r)}</WithStatus> });
    // The three metrics with a target come first, so a laptop screen shows them without scrolling.
    return [
      { key: 'label', label: m.label, value: label, align: 'left' },
      count('cuentas'), percent('pctCober'),
      withStatus(percent('pctContac'), 'contacto', (r) => fmt.percent(r.pctContac)),
      percent('pctEfectividad'),
      withStatus(percent('pctCierre'), 'cierre', (r) => fmt.percent(r.pctCierre)),
      withStatus(count('inten'), 'inten', (r) => fmt.number(r.inten, 2)),
      soles('recupero'), soles('deudaAsig'), count('cuentasPdp'), percent('pctConversion'), count('cuentasGestionadas'), count('archivos'),
    ];
  }, [t, fmt]);
}
