'use client';
// The integral chart: day by day, the campaigns photographed that day summed,
// and their ratios recomputed from the sums (never averaged).
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { IntegralChartPoint } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { AXIS_PROPS, ChartFrame, COLORS } from '../chart-frame';

const LINES = ['pctCober', 'pctContac', 'pctEfectividad', 'pctCierre'] as const;

export function IntegralChart({ points }: { points: IntegralChartPoint[] }) {
  const { t, fmt } = useI18n();
  const m = t.dashboards.metrics;
  const r = t.dashboards.resumen;
  const shortDate = (fecha: string) => fmt.date(fecha).replace(/,? \d{4}$/, '');
  return (
    <ChartFrame title={r.chart} description={r.chartDescription} label={r.chartCaption}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="fecha" tickFormatter={shortDate} minTickGap={24} {...AXIS_PROPS} />
        <YAxis unit=" %" width={56} {...AXIS_PROPS} />
        <Tooltip labelFormatter={(fecha) => fmt.date(String(fecha))} formatter={(value) => fmt.percent(Number(value))} />
        <Legend iconType="plainline" />
        {LINES.map((key, i) => (
          <Line key={key} dataKey={key} name={m[key]} stroke={COLORS.lines[i]} strokeWidth={2} dot={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
