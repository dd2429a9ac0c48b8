'use client';
// Actions per hour of the day for each canal (bars), with each canal's
// contact rate (lines, right axis) recomputed from the hour's sums.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { HourlyPerformance } from '@/lib/dashboards/types';
import { CANALES } from '@/lib/domain';
import { useI18n } from '@/lib/i18n/client';
import { AXIS_PROPS, ChartFrame, COLORS } from '../chart-frame';

export function HourlyChart({ hourly }: { hourly: HourlyPerformance[] }) {
  const { t, fmt } = useI18n();
  const o = t.dashboards.operacion;
  const m = t.dashboards.metrics;
  const rows = Array.from({ length: 24 }, (_, hora) => {
    // Flat keys: recharts reads a dotted dataKey as a path.
    const row: Record<string, number> = { hora };
    for (const h of hourly.filter((x) => x.hora === hora)) {
      row[`${h.canal}_gestiones`] = h.totalGestiones;
      row[`${h.canal}_contacto`] = h.tasaContacto;
    }
    return row;
  }).filter((row) => Object.keys(row).length > 1);
  return (
    <ChartFrame title={o.chart} description={o.chartDescription} label={o.chartDescription} height={320}>
      <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="hora" tickFormatter={(h) => o.hour(Number(h))} {...AXIS_PROPS} />
        <YAxis yAxisId="count" width={64} tickFormatter={(v) => fmt.number(Number(v))} {...AXIS_PROPS} />
        <YAxis yAxisId="pct" orientation="right" unit=" %" width={48} domain={[0, 100]} {...AXIS_PROPS} />
        <Tooltip labelFormatter={(h) => o.hour(Number(h))}
          formatter={(value, _name, item) => (String(item.dataKey).endsWith('_contacto') ? fmt.percent(Number(value)) : fmt.number(Number(value)))} />
        <Legend />
        {CANALES.map((canal) => (
          <Bar key={canal} yAxisId="count" dataKey={`${canal}_gestiones`} name={`${canal} · ${m.totalGestiones}`}
            fill={COLORS.canal[canal]} isAnimationActive={false} />
        ))}
        {CANALES.map((canal) => (
          <Line key={canal} yAxisId="pct" dataKey={`${canal}_contacto`} name={`${canal} · ${m.tasaContacto}`}
            stroke={COLORS.canal[canal]} strokeWidth={2} strokeDasharray="4 2" dot={false} isAnimationActive={false} />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}
