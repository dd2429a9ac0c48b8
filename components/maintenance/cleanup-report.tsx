'use client';
// What a cleanup did — or, on a dry run, would do — item by item.
import Link from 'next/link';
import { Notice } from '@/components/ui/notice';
import type { CleanupResult } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

export function CleanupReport({ report }: { report: CleanupResult }) {
  const { t } = useI18n();
  const c = report.dryRun ? t.maintenance.cleanup.plan : t.maintenance.cleanup.report;
  return (
    <Notice tone={report.dryRun ? 'info' : 'success'} title={c.title}>
      <div className="space-y-1" data-testid={report.dryRun ? 'cleanup-plan' : 'cleanup-report'}>
        <p>{c.abandoned(report.abandonedRuns.length)}</p>
        {report.abandonedRuns.length > 0 && (
          <ul className="ml-4 list-disc">
            {report.abandonedRuns.map((r) => (
              <li key={r.id}><Link href={`/etl/runs/${r.id}`} className="underline underline-offset-2">{r.table}</Link> <span className="font-mono text-xs">{r.id}</span></li>
            ))}
          </ul>
        )}
        <p>{c.staging(report.droppedStagingTables.length)}</p>
        {report.droppedStagingTables.length > 0 && (
          <ul className="ml-4 list-disc font-mono text-xs">{report.droppedStagingTables.map((s) => <li key={s}>{s}</li>)}</ul>
        )}
        <p>{c.jobs(report.expiredJobs)}</p>
      </div>
    </Notice>
  );
}
