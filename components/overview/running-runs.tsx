'use client';
// The runs in flight, each with its live progress bar.
import { RunsTable } from '@/components/etl/runs-table';
import type { TableStatusJson } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

export function RunningRuns({ tables }: { tables: TableStatusJson[] }) {
  const { t } = useI18n();
  const runs = tables.flatMap((s) => (s.activeRun ? [s.activeRun] : []));
  if (runs.length === 0) return <p className="text-sm text-slate-500" data-testid="no-running-runs">{t.overview.running.empty}</p>;
  return <RunsTable caption={t.overview.running.caption} runs={runs} />;
}
