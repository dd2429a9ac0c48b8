'use client';
// The asignación tables: the composition by cartera and the campaign files.
import { useMemo } from 'react';
import type { AssignmentBreakdownRow, AssignmentCompositionRow } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import type { Column } from '../data-table';

export function useCompositionColumns(): Column<AssignmentCompositionRow>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const a = t.dashboards.asignacion;
    return [
      { key: 'cartera', label: m.cartera, value: (r) => r.cartera, align: 'left' },
      { key: 'archivos', label: m.archivos, value: (r) => r.archivos },
      { key: 'cuentas', label: m.cuentas, value: (r) => r.cuentas },
      { key: 'pctCuentas', label: a.shareCuentas, value: (r) => r.pctCuentas, render: (r) => fmt.percent(r.pctCuentas) },
      { key: 'deudaAsig', label: m.deudaAsig, value: (r) => r.deudaAsig, render: (r) => fmt.soles(r.deudaAsig) },
      { key: 'pctDeuda', label: a.shareDeuda, value: (r) => r.pctDeuda, render: (r) => fmt.percent(r.pctDeuda) },
      { key: 'ticketPromedio', label: m.ticketPromedio, value: (r) => r.ticketPromedio, render: (r) => fmt.soles(r.ticketPromedio) },
    ];
  }, [t, fmt]);
}

export function useBreakdownColumns(): Column<AssignmentBreakdownRow>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const soles = (key: 'deudaAsig' | 'deudaActual' | 'ticketPromedio'): Column<AssignmentBreakdownRow> =>
      ({ key, label: m[key], value: (r) => r[key], render: (r) => fmt.soles(r[key]) });
    return [
      { key: 'archivo', label: m.archivo, value: (r) => r.archivo, align: 'left', render: (r) => <span className="font-mono text-xs">{r.archivo}</span> },
      { key: 'cartera', label: m.cartera, value: (r) => r.cartera, align: 'left' },
      { key: 'fechaAsignacion', label: m.fechaAsignacion, value: (r) => r.fechaAsignacion, align: 'left', render: (r) => fmt.date(r.fechaAsignacion) },
      { key: 'clientes', label: m.clientes, value: (r) => r.clientes },
      { key: 'cuentas', label: m.cuentas, value: (r) => r.cuentas },
      soles('deudaAsig'), soles('deudaActual'), soles('ticketPromedio'),
    ];
  }, [t, fmt]);
}
