'use client';
// Evolución: each campaign's curve of one metric by business day, and a
// table of the campaigns with their first, latest and best value.
import { useMemo } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { UrlFilters } from '@/lib/client/dashboards';
import { EVOLUTION_METRICS, type EvolutionData, type EvolutionMetric } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { DashboardView } from '../dashboard-view';
import { DataTable, type Column } from '../data-table';
import { periodSlug } from '../period-slug';
import { EvolutionChart, useMetricFormat } from './evolution-chart';

export function EvolucionView() {
  return (
    <DashboardView<EvolutionData> dashboard="evolution" periodOf={(d) => d.period}
      view={(params): Record<string, string> => (params.get('metrica') ? { metrica: params.get('metrica')! } : {})}>
      {(data, url) => <Evolucion data={data} url={url} />}
    </DashboardView>
  );
}

function Evolucion({ data, url }: { data: EvolutionData; url: UrlFilters }) {
  const { t } = useI18n();
  const e = t.dashboards.evolucion;
  const m = t.dashboards.metrics;
  const format = useMetricFormat(data.metric);
  const columns = useMemo<Column<EvolutionMetric>[]>(() => {
    const value = (pick: (s: EvolutionMetric) => number | undefined) => (s: EvolutionMetric) => pick(s) ?? null;
    const shown = (pick: (s: EvolutionMetric) => number | undefined) => (s: EvolutionMetric) => format(pick(s) ?? null);
    const first = (s: EvolutionMetric) => s.points[0]?.value;
    const last = (s: EvolutionMetric) => s.points.at(-1)?.value;
    const max = (s: EvolutionMetric) => (s.points.length ? Math.max(...s.points.map((p) => p.value)) : undefined);
    return [
      { key: 'archivo', label: m.archivo, value: (s) => s.archivo, align: 'left', render: (s) => <span className="font-mono text-xs">{s.archivo}</span> },
      { key: 'cartera', label: m.cartera, value: (s) => s.cartera, align: 'left' },
      { key: 'dias', label: m.dias, value: (s) => s.points.at(-1)?.day ?? 0 },
      { key: 'primero', label: m.primero, value: value(first), render: shown(first) },
      { key: 'ultimo', label: m.ultimo, value: value(last), render: shown(last) },
      { key: 'maximo', label: m.maximo, value: value(max), render: shown(max) },
    ];
  }, [m, format]);
  const picker = (
    <Field label={e.metric}>{({ id }) => (
      <select id={id} className={`${inputClass} w-56`} value={data.metric} onChange={(ev) => url.update({ metrica: ev.target.value, offset: null })}>
        {EVOLUTION_METRICS.map((key) => <option key={key} value={key}>{m[key]}</option>)}
      </select>
    )}</Field>
  );
  return (
    <>
      <div className="flex items-end justify-between gap-4">
        {picker}
        {data.omitted > 0 && <div className="max-w-2xl"><Notice tone="info">{e.omitted(data.omitted)}</Notice></div>}
      </div>
      <EvolutionChart data={data} />
      <DataTable title={e.table} caption={e.tableCaption} name={`evolucion-${data.metric}`} period={periodSlug(data.period)}
        columns={columns} rows={data.series} rowKey={(s) => s.archivo} />
    </>
  );
}
