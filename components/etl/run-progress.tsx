'use client';
// A run in flight: its phase and rows so far against the source's estimate.
import { ProgressBar } from '@/components/ui/progress-bar';
import type { Run } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { word } from './words';

export function RunProgress({ run }: { run: Run }) {
  const { t, fmt } = useI18n();
  if (run.status === 'queued') return <p className="text-sm text-slate-600">{t.etl.progress.queued}</p>;
  const total = run.rowsTotalEstimate;
  const done = fmt.number(run.rowsExtracted);
  return (
    <div className="min-w-56 space-y-1" data-testid="run-progress">
      <div className="flex justify-between gap-3 text-xs text-slate-600">
        <span>
          {t.etl.fields.phase}: <span className="font-medium text-slate-800" data-testid="run-phase">{word(t.common.phase, run.phase)}</span>
        </span>
        <span className="tabular-nums">{total ? t.etl.progress.rows(done, fmt.number(total)) : t.etl.progress.rowsUnknown(done)}</span>
      </div>
      <ProgressBar value={run.rowsExtracted} max={total} label={t.etl.progress.label(run.tableName)} />
    </div>
  );
}
