'use client';
// One headline figure: its label, the value, and either its target (with a
// status icon) or how it moved against the previous period.
import type { Status } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { StatusIcon } from './status-icon';

interface Props {
  label: string;
  value: string;
  hint?: string;
  status?: Status;
  /** Against the previous period: the value then, and the percent change (null: nothing then). */
  previous?: { value: string; change: number | null };
}

export function Kpi({ label, value, hint, status, previous }: Props) {
  const { t, fmt } = useI18n();
  return (
    <div className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid="kpi">
      <p className="flex items-center justify-between gap-2 text-xs font-medium uppercase tracking-wide text-slate-500">
        {label}
        {status && <StatusIcon status={status} />}
      </p>
      <p className="mt-1 text-2xl font-semibold tabular-nums tracking-tight text-slate-900" data-testid="kpi-value">{value}</p>
      {hint && <p className="mt-0.5 text-xs text-slate-500">{hint}</p>}
      {previous && (
        <p className="mt-0.5 text-xs text-slate-500">
          {previous.change === null ? t.dashboards.asignacion.noPrevious : (
            <span className={previous.change >= 0 ? 'font-medium text-emerald-700' : 'font-medium text-rose-700'}>
              {previous.change >= 0 ? '▲' : '▼'} {fmt.percent(Math.abs(previous.change))}
            </span>
          )}
          {previous.change !== null && <> · {t.dashboards.asignacion.previous}: {previous.value}</>}
        </p>
      )}
    </div>
  );
}

export function KpiGrid({ children }: { children: React.ReactNode }) {
  return <div className="grid grid-cols-2 gap-3 md:grid-cols-4">{children}</div>;
}
