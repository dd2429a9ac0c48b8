'use client';
// One run, live while it is in flight (every second), still once it ended.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { QueryState } from '@/components/ui/query-state';
import { useRun } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { RunCounts } from './run-counts';
import { RejectedSamples, RunError } from './run-problems';
import { RunSummary } from './run-summary';

export function RunDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const run = useRun(id);
  const d = t.runs.detail;
  return (
    <QueryState query={run}>
      {(r) => (
        <div className="space-y-6">
          <RunError run={r} />
          <RunSummary run={r} />
          <RunCounts run={r} />
          <div className="grid gap-6 xl:grid-cols-2">
            <Card title={d.query}>
              {r.sourceQuery
                ? <pre className="overflow-x-auto whitespace-pre-wrap rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100" data-testid="source-query">{r.sourceQuery}</pre>
                : <p className="text-sm text-slate-500">{d.noQuery}</p>}
            </Card>
            <RejectedSamples run={r} />
          </div>
          <p className="flex gap-4 text-sm">
            <Link href="/etl/runs" className="text-sky-800 underline underline-offset-2">{d.backToLog}</Link>
            <Link href={`/etl/tables/${r.tableName}`} className="text-sky-800 underline underline-offset-2">{d.table}</Link>
          </p>
        </div>
      )}
    </QueryState>
  );
}
