'use client';
// A chart in its card: a fixed height for recharts to fill, described for
// screen readers (the tables beside each chart carry the same figures).
import { ResponsiveContainer } from 'recharts';
import { Card } from '@/components/ui/card';

export function ChartFrame({ title, description, label, height = 300, legend, children }: {
  title: string;
  description?: string;
  label: string;
  height?: number;
  /** Under the chart, where recharts' own legend would not do. */
  legend?: React.ReactNode;
  children: React.ReactElement;
}) {
  return (
    <Card title={title} description={description}>
      <div role="img" aria-label={label} style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
      </div>
      {legend && <div className="mt-3">{legend}</div>}
    </Card>
  );
}

/** The console's chart colours: by cartera, by canal, and for a few lines. */
export const COLORS = {
  cartera: { TEMPRANA: '#0284c7', ALTAS_NUEVAS: '#059669', CUOTA_FRACCIONAMIENTO: '#d97706', OTRAS: '#7c3aed' } as Record<string, string>,
  canal: { BOT: '#0ea5e9', HUMANO: '#f59e0b' } as Record<string, string>,
  lines: ['#0f172a', '#0284c7', '#059669', '#e11d48'],
  muted: '#94a3b8',
  grid: '#e2e8f0',
  axis: '#64748b',
};

export const AXIS_PROPS = { stroke: COLORS.axis, fontSize: 12, tickLine: false } as const;
