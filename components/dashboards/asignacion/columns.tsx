'use client';
// The asignación tables: the composition by cartera and the campaign files.
import { useMemo } from 'react';
import type { AssignmentBreakdownRow, AssignmentCompositionRow } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import type { Column } from '../data-table';
import { metricColumns } from '../metric-columns';

export function useCompositionColumns(): Column<AssignmentCompositionRow>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const a = t.dashboards.asignacion;
    const { count, soles } = metricColumns<AssignmentCompositionRow>(t, fmt);
    return [
      { key: 'cartera', label: m.cartera, value: (r) => r.cartera, align: 'left' },
      count('archivos'), count('cuentas'),
      { key: 'pctCuentas', label: a.shareCuentas, value: (r) => r.pctCuentas, render: (r) => fmt.percent(r.pctCuentas) },
      soles('deudaAsig'),
      { key: 'pctDeuda', label: a.shareDeuda, value: (r) => r.pctDeuda, render: (r) => fmt.percent(r.pctDeuda) },
      soles('ticketPromedio'),
    ];
  }, [t, fmt]);
}

export function useBreakdownColumns(): Column<AssignmentBreakdownRow>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const { count, soles } = metricColumns<AssignmentBreakdownRow>(t, fmt);
    return [
      { key: 'archivo', label: m.archivo, value: (r) => r.archivo, align: 'left', render: (r) => <span className="font-mono text-xs">{r.archivo}</span> },
      { key: 'cartera', label: m.cartera, value: (r) => r.cartera, align: 'left' },
      { key: 'fechaAsignacion', label: m.fechaAsignacion, value: (r) => r.fechaAsignacion, align: 'left', render: (r) => fmt.date(r.fechaAsignacion) },
      count('clientes'), count('cuentas'),
      soles('deudaAsig'), soles('deudaActual'), soles('ticketPromedio'),
    ];
  }, [t, fmt]);
}
