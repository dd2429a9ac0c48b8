'use client';
// What a run is: table, mode, trigger, window, times and heartbeat — and the
// way to stop it while it runs.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { StatusBadge } from '@/components/ui/status-badge';
import { isActive, type Run } from '@/lib/client/etl';
import { isMartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { CancelRun } from './cancel-run';
import { Fact } from './fact';
import { RunProgress } from './run-progress';
import { word } from './words';

export function RunSummary({ run }: { run: Run }) {
  const { t, fmt } = useI18n();
  const f = t.etl.fields;
  const meta = (run.metadata ?? {}) as Record<string, unknown>;
  const window = !run.windowEnd ? t.etl.window.pending
    : run.windowStart ? t.etl.window.range(fmt.date(run.windowStart), fmt.date(run.windowEnd)) : t.etl.window.all(fmt.date(run.windowEnd));
  return (
    <Card title={t.runs.detail.summary} actions={<StatusBadge kind="runStatus" value={run.status} />}>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm lg:grid-cols-4">
        <Fact label={f.table}>
          <Link href={`/etl/tables/${run.tableName}`} className="font-mono text-xs text-sky-800 underline underline-offset-2">{run.tableName}</Link>
        </Fact>
        <Fact label={f.mode}>{word(t.common.mode, run.mode)}</Fact>
        <Fact label={f.trigger}>{word(t.common.trigger, run.trigger)}</Fact>
        <Fact label={f.triggeredBy}>{run.triggeredBy ?? '—'}</Fact>
        <Fact label={f.window} testId="run-window">{window}</Fact>
        <Fact label={f.started}>{fmt.dateTime(run.startedAt)}</Fact>
        <Fact label={f.completed}>{fmt.dateTime(run.completedAt)}</Fact>
        <Fact label={f.duration}>{fmt.duration(run.durationSeconds)}</Fact>
        <Fact label={f.heartbeat}>
          {fmt.time(run.heartbeatAt)}{run.heartbeatAt && <span className="block text-xs text-slate-500">{t.runs.detail.heartbeatAgo(fmt.ago(run.heartbeatAt))}</span>}
        </Fact>
        <Fact label={t.runs.detail.worker}>{typeof meta.claimedBy === 'string' ? <code className="text-xs">{meta.claimedBy}</code> : '—'}</Fact>
        <Fact label={t.runs.detail.attempts}>{typeof meta.attempts === 'number' ? fmt.number(meta.attempts) : '—'}</Fact>
      </dl>
      {isActive(run) && (
        <div className="mt-5 space-y-4 border-t border-slate-100 pt-4">
          <div className="max-w-xl"><RunProgress run={run} /></div>
          {meta.cancelRequested === true && <Notice tone="warning">{t.runs.detail.cancelRequested}</Notice>}
          {isMartTable(run.tableName) && <CancelRun table={run.tableName} />}
        </div>
      )}
    </Card>
  );
}
