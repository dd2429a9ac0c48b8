'use client';
// The runs a queued recovery starts, live, with the way to the full log.
import Link from 'next/link';
import { RunsTable } from '@/components/etl/runs-table';
import { Notice } from '@/components/ui/notice';
import { useRuns } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

export function RecoveryRuns({ jobId, since }: { jobId: string; since: string }) {
  const { t } = useI18n();
  const r = t.maintenance.recovery;
  const runs = useRuns({ trigger: 'recovery', from: since }, 20);
  const list = runs.data?.runs ?? [];
  return (
    <div className="space-y-3">
      <Notice tone="success" title={r.queued}>
        {r.queuedBody(jobId)}{' '}
        <Link href="/etl/runs?trigger=recovery" className="font-medium underline underline-offset-2">{r.seeLog}</Link>
      </Notice>
      <h3 className="text-sm font-medium text-slate-800">{r.runsTitle}</h3>
      {list.length === 0 ? <p className="animate-pulse text-sm text-slate-500">{r.runsEmpty}</p> : <RunsTable caption={r.runsTitle} runs={list} />}
    </div>
  );
}
