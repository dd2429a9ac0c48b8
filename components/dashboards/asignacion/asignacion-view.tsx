'use client';
// Asignación: what was assigned in the month against the month before, its
// composition by cartera, and one row per campaign file.
import { monthBounds } from '@/lib/dashboards/period';
import type { AssignmentKPI, AssignmentTotals } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { DashboardView } from '../dashboard-view';
import { DataTable } from '../data-table';
import { Kpi, KpiGrid } from '../kpi';
import { useBreakdownColumns, useCompositionColumns } from './columns';
import { CompositionChart } from './composition-chart';

export function AsignacionView() {
  return (
    <DashboardView<AssignmentKPI> dashboard="assignment" periodOf={(d) => (d.periodo ? monthBounds(d.periodo) : null)} describePeriod={useDescribe()}>
      {(data) => <Asignacion data={data} />}
    </DashboardView>
  );
}

function useDescribe() {
  const { t } = useI18n();
  const a = t.dashboards.asignacion;
  return (d: AssignmentKPI) => `${a.periodo(d.periodo!)} ${a.against(d.periodoAnterior!)}${d.hastaDia ? ` · ${a.upToDay(d.hastaDia)}` : ''}`;
}

function Asignacion({ data }: { data: AssignmentKPI }) {
  const { t, fmt } = useI18n();
  const m = t.dashboards.metrics;
  const a = t.dashboards.asignacion;
  const composition = useCompositionColumns();
  const breakdown = useBreakdownColumns();
  const kpi = (key: keyof AssignmentTotals, format: (v: number) => string) => (
    <Kpi key={key} label={m[key]} value={format(data.actual[key])}
      previous={{ value: format(data.anterior[key]), change: data.variacion[key] }} />
  );
  return (
    <>
      <KpiGrid>
        {kpi('archivos', fmt.number)}
        {kpi('clientes', fmt.number)}
        {kpi('cuentas', fmt.number)}
        {kpi('ticketPromedio', fmt.soles)}
        {kpi('deudaAsig', fmt.soles)}
        {kpi('deudaActual', fmt.soles)}
      </KpiGrid>
      <div className="grid gap-6 xl:grid-cols-5">
        <div className="xl:col-span-2"><CompositionChart rows={data.composicion} /></div>
        <div className="xl:col-span-3">
          <DataTable title={a.compositionTable} caption={a.compositionCaption} name="asignacion-composicion" period={data.periodo!}
            columns={composition} rows={data.composicion} rowKey={(r) => r.cartera} />
        </div>
      </div>
      <DataTable title={a.detail} caption={a.detailCaption} name="asignacion-detalle" period={data.periodo!}
        columns={breakdown} rows={data.detalle} rowKey={(r) => `${r.archivo}/${r.cartera}`} />
    </>
  );
}
