'use client';
// Operación: the period's actions by hour of the day and by canal.
import { useMemo } from 'react';
import type { ChannelMetric, HourlyPerformance, OperationData } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { DashboardView } from '../dashboard-view';
import { DataTable, type Column } from '../data-table';
import { Kpi, KpiGrid } from '../kpi';
import { periodSlug } from '../period-slug';
import { useChannelColumns } from './columns';
import { HourlyChart } from './hourly-chart';

export function OperacionView() {
  return (
    <DashboardView<OperationData> dashboard="operation" periodOf={(d) => d.period}>
      {(data) => <Operacion data={data} />}
    </DashboardView>
  );
}

function Operacion({ data }: { data: OperationData }) {
  const { t, fmt } = useI18n();
  const m = t.dashboards.metrics;
  const o = t.dashboards.operacion;
  const lead = useMemo(() => ({
    canal: [{ key: 'canal', label: m.canal, value: (r: ChannelMetric) => (r.canal === 'TOTAL' ? t.dashboards.total : r.canal), align: 'left' }] as Column<ChannelMetric>[],
    hourly: [
      { key: 'hora', label: m.hora, value: (r) => r.hora, align: 'left', render: (r) => o.hour(r.hora) },
      { key: 'canal', label: m.canal, value: (r) => r.canal, align: 'left' },
    ] as Column<HourlyPerformance>[],
  }), [m, o, t]);
  const channelColumns = useChannelColumns(lead.canal);
  const hourlyColumns = useChannelColumns(lead.hourly);
  const { total } = data;
  const period = periodSlug(data.period);
  return (
    <>
      <KpiGrid>
        <Kpi label={m.totalGestiones} value={fmt.number(total.totalGestiones)} />
        <Kpi label={m.contactosEfectivos} value={fmt.number(total.contactosEfectivos)} hint={`${m.tasaContacto}: ${fmt.percent(total.tasaContacto)}`} />
        <Kpi label={m.totalPdp} value={fmt.number(total.totalPdp)} hint={`${m.tasaConversion}: ${fmt.percent(total.tasaConversion)}`} />
        <Kpi label={m.duracionPromedioSeg} value={fmt.number(total.duracionPromedioSeg, 1)} />
      </KpiGrid>
      <HourlyChart hourly={data.hourly} />
      <DataTable title={o.channels} caption={o.channelsCaption} name="operacion-canal" period={period}
        columns={channelColumns} rows={data.canales} footer={[{ canal: 'TOTAL', ...total }]} rowKey={(r) => r.canal} />
      <DataTable title={o.hourly} caption={o.hourlyCaption} name="operacion-hora" period={period}
        columns={hourlyColumns} rows={data.hourly} rowKey={(r) => `${r.hora}/${r.canal}`} />
    </>
  );
}
