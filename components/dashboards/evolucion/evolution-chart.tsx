'use client';
// One line per campaign by business day, coloured by cartera (60 campaigns
// cannot each have a colour). The tooltip lists the highest values of the day.
import { useCallback } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import type { EvolutionData, EvolutionMetricName } from '@/lib/dashboards/types';
import { CARTERAS } from '@/lib/domain';
import { useI18n } from '@/lib/i18n/client';
import { AXIS_PROPS, ChartFrame, COLORS } from '../chart-frame';

const TOOLTIP_ROWS = 8;

export function useMetricFormat(metric: EvolutionMetricName) {
  const { fmt } = useI18n();
  return useCallback((value: number | null) => {
    if (value === null) return '—';
    if (metric.startsWith('pct')) return fmt.percent(value);
    return metric === 'recupero' ? fmt.soles(value) : fmt.number(value);
  }, [metric, fmt]);
}

export function EvolutionChart({ data }: { data: EvolutionData }) {
  const { t } = useI18n();
  const e = t.dashboards.evolucion;
  const format = useMetricFormat(data.metric);
  const days = new Map<number, Record<string, number>>();
  for (const series of data.series) {
    for (const point of series.points) {
      const row = days.get(point.day) ?? { day: point.day };
      row[series.archivo] = point.value;
      days.set(point.day, row);
    }
  }
  const rows = [...days.values()].sort((a, b) => a.day - b.day);
  const label = `${t.dashboards.metrics[data.metric]} · ${e.chartDescription(data.series.length)}`;
  return (
    <ChartFrame title={e.chart} description={label} label={label} height={360} legend={<CarteraLegend />}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="day" type="number" domain={[1, 'dataMax']} allowDecimals={false} {...AXIS_PROPS}
          label={{ value: e.day, position: 'insideBottom', offset: -4, fontSize: 12, fill: COLORS.axis }} />
        <YAxis width={72} tickFormatter={(v) => format(Number(v))} {...AXIS_PROPS} />
        <Tooltip content={(props) => <DayTooltip {...props} format={format} />} />
        {data.series.map((s) => (
          <Line key={s.archivo} dataKey={s.archivo} stroke={COLORS.cartera[s.cartera] ?? COLORS.axis} strokeOpacity={0.75}
            strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}

export function CarteraLegend() {
  return (
    <ul className="flex flex-wrap gap-4 text-xs text-slate-600">
      {CARTERAS.map((c) => (
        <li key={c} className="flex items-center gap-1.5">
          <span aria-hidden className="h-0.5 w-4" style={{ background: COLORS.cartera[c] }} />{c}
        </li>
      ))}
    </ul>
  );
}

function DayTooltip({ active, payload, label, format }: TooltipContentProps<ValueType, NameType> & { format: (v: number | null) => string }) {
  const { t } = useI18n();
  if (!active || !payload?.length) return null;
  const sorted = [...payload].sort((a, b) => Number(b.value) - Number(a.value));
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="mb-1 font-medium">{t.dashboards.evolucion.day} {label}</p>
      <ul className="space-y-0.5">
        {sorted.slice(0, TOOLTIP_ROWS).map((item) => (
          <li key={String(item.dataKey)} className="flex justify-between gap-4">
            <span className="font-mono" style={{ color: item.color }}>{String(item.dataKey)}</span>
            <span className="tabular-nums">{format(Number(item.value))}</span>
          </li>
        ))}
      </ul>
      {sorted.length > TOOLTIP_ROWS && <p className="mt-1 text-slate-500">+{sorted.length - TOOLTIP_ROWS}</p>}
    </div>
  );
}
