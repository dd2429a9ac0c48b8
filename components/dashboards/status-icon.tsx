'use client';
// A metric against its target (SPEC §4): a green check or an amber warning,
// with the words for screen readers and a tooltip.
import type { Status } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';

export function StatusIcon({ status }: { status: Status }) {
  const { t } = useI18n();
  const label = t.dashboards.status[status];
  return (
    <span title={label} data-status={status}
      className={`inline-flex size-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ${
        status === 'ok' ? 'bg-emerald-100 text-emerald-700' : 'bg-amber-100 text-amber-800'}`}>
      <span aria-hidden>{status === 'ok' ? '✓' : '!'}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** A value with its status icon beside it, for table cells. */
export function WithStatus({ status, children }: { status: Status; children: React.ReactNode }) {
  return <span className="inline-flex items-center justify-end gap-1.5">{children}<StatusIcon status={status} /></span>;
}
