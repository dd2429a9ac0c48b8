'use client';
// Resumen: the period's headline figures, the tables by cartera and by
// servicio (each with the total row) and the integral chart.
import type { DashboardData } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { DashboardView } from '../dashboard-view';
import { DataTable } from '../data-table';
import { Kpi, KpiGrid } from '../kpi';
import { periodSlug } from '../period-slug';
import { useDataRowColumns } from './columns';
import { IntegralChart } from './integral-chart';

export function ResumenView() {
  return (
    <DashboardView<DashboardData> dashboard="dashboard" periodOf={(d) => d.period}>
      {(data) => <Resumen data={data} />}
    </DashboardView>
  );
}

function Resumen({ data }: { data: DashboardData }) {
  const { t, fmt } = useI18n();
  const m = t.dashboards.metrics;
  const r = t.dashboards.resumen;
  const columns = useDataRowColumns();
  const { total } = data;
  const period = periodSlug(data.period);
  return (
    <>
      <KpiGrid>
        <Kpi label={m.cuentas} value={fmt.number(total.cuentas)} hint={`${fmt.number(total.clientes)} ${m.clientes.toLowerCase()} · ${fmt.number(total.archivos)} ${m.archivos.toLowerCase()}`} />
        <Kpi label={m.deudaAsig} value={fmt.soles(total.deudaAsig)} hint={`${m.deudaAct}: ${fmt.soles(total.deudaAct)}`} />
        <Kpi label={m.pctCober} value={fmt.percent(total.pctCober)} hint={`${fmt.number(total.cuentasGestionadas)} ${m.cuentasGestionadas.toLowerCase()}`} />
        <Kpi label={m.pctContac} value={fmt.percent(total.pctContac)} status={total.status.contacto} hint={r.kpiHints.pctContac} />
        <Kpi label={m.pctEfectividad} value={fmt.percent(total.pctEfectividad)} hint={`${fmt.number(total.cuentasPdp)} ${m.cuentasPdp.toLowerCase()}`} />
        <Kpi label={m.recupero} value={fmt.soles(total.recupero)} />
        <Kpi label={m.pctCierre} value={fmt.percent(total.pctCierre)} status={total.status.cierre} hint={r.kpiHints.pctCierre} />
        <Kpi label={m.inten} value={fmt.number(total.inten, 2)} status={total.status.inten} hint={r.kpiHints.inten} />
      </KpiGrid>
      <DataTable title={r.byCartera} caption={r.byCarteraCaption} name="resumen-cartera" period={period}
        columns={columns} rows={data.segmentoData} footer={[total]} rowKey={(row) => row.label} />
      <DataTable title={r.byServicio} caption={r.byServicioCaption} name="resumen-servicio" period={period}
        columns={columns} rows={data.negocioData} footer={[total]} rowKey={(row) => row.label} />
      <IntegralChart points={data.integralChartData} />
    </>
  );
}
