'use client';
// Each cartera's share of the month's accounts and debt, side by side.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AssignmentCompositionRow } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { AXIS_PROPS, ChartFrame, COLORS } from '../chart-frame';

export function CompositionChart({ rows }: { rows: AssignmentCompositionRow[] }) {
  const { t, fmt } = useI18n();
  const a = t.dashboards.asignacion;
  return (
    <ChartFrame title={a.composition} description={a.compositionDescription} label={a.compositionCaption}>
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" unit=" %" domain={[0, 100]} {...AXIS_PROPS} />
        <YAxis type="category" dataKey="cartera" width={150} {...AXIS_PROPS} />
        <Tooltip formatter={(value) => fmt.percent(Number(value))} />
        <Legend />
        <Bar dataKey="pctCuentas" name={a.shareCuentas} fill={COLORS.muted} isAnimationActive={false} />
        <Bar dataKey="pctDeuda" name={a.shareDeuda} fill={COLORS.lines[1]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
