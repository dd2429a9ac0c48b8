'use client';
// TimescaleDB's background jobs with their statistics, and the recent errors.
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { JobRow, JobsView } from '@/lib/timescale/views';
import { intervalText, type DatabaseKind } from './explain';
import { JobErrors } from './job-errors';
import { useTimescaleView } from './use-view';
import { ViewCard } from './view-card';

export function JobsCard({ kind }: { kind: DatabaseKind }) {
  const { t, fmt } = useI18n();
  const j = t.timescale.jobs;
  const query = useTimescaleView<JobsView>('/timescale/jobs');
  const status = (r: JobRow) => {
    if (!r.scheduled) return <Badge tone="amber">{j.paused}</Badge>;
    if (!r.lastRunStatus) return <Badge>{j.never}</Badge>;
    return <Badge tone={r.lastRunStatus === 'Success' ? 'green' : 'red'}>{j.statuses[r.lastRunStatus] ?? r.lastRunStatus}</Badge>;
  };
  return (
    <ViewCard title={j.title} description={j.description} query={query} kind={kind}>
      {(view) => (
        <>
          {view.rows.length === 0 ? <p className="text-sm text-slate-600">{j.none}</p> : (
            <Table caption={j.caption}>
              <thead>
                <tr><Th align="right">{j.id}</Th><Th>{j.procedure}</Th><Th>{j.target}</Th><Th>{j.schedule}</Th><Th>{j.lastRun}</Th><Th>{j.status}</Th><Th align="right">{j.runs}</Th><Th>{j.next}</Th></tr>
              </thead>
              <tbody>
                {view.rows.map((r) => (
                  <tr key={r.id}>
                    <Td align="right">{r.id}</Td><Td mono>{r.procedure}</Td><Td mono>{r.target ?? '—'}</Td>
                    <Td>{intervalText(t, r.schedule)}</Td>
                    <Td>{fmt.dateTime(r.lastRunStartedAt)}{r.lastRunSeconds !== null && <span className="text-slate-500"> · {fmt.duration(r.lastRunSeconds)}</span>}</Td>
                    <Td>{status(r)}</Td>
                    <Td align="right">{fmt.number(r.totalSuccesses)} / <span className={r.totalFailures > 0 ? 'font-medium text-rose-700' : ''}>{fmt.number(r.totalFailures)}</span></Td>
                    <Td>{fmt.dateTime(r.nextStart)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <JobErrors errors={view.errors} recorded={view.errorsRecorded} />
        </>
      )}
    </ViewCard>
  );
}
