'use client';
// Continuous aggregates and how fresh they are: materialised up to the
// watermark, real-time aggregation beyond it.
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { ContinuousAggregatesView } from '@/lib/timescale/views';
import { intervalText, type DatabaseKind } from './explain';
import { useTimescaleView } from './use-view';
import { ViewCard } from './view-card';
import { WithCode } from '@/components/ui/with-code';

export function AggregatesCard({ kind }: { kind: DatabaseKind }) {
  const { t, fmt } = useI18n();
  const a = t.timescale.aggregates;
  const query = useTimescaleView<ContinuousAggregatesView>('/timescale/continuous-aggregates');
  const date = (v: string | null) => (v && v.length === 10 ? fmt.date(v) : fmt.dateTime(v));
  return (
    <ViewCard title={a.title} description={a.description} query={query} kind={kind}>
      {(view) => view.rows.length === 0 ? <p className="text-sm text-slate-600"><WithCode text={a.none} /></p> : (
        <Table caption={a.caption}>
          <thead>
            <tr><Th>{a.name}</Th><Th>{a.source}</Th><Th>{a.bucket}</Th><Th>{a.watermark}</Th><Th>{a.schedule}</Th><Th>{a.lastRun}</Th><Th align="right">{a.rows}</Th><Th align="right">{a.size}</Th></tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.name}>
                <Td mono>{r.name}</Td><Td mono>{r.sourceHypertable}</Td><Td>{intervalText(t, r.bucket)}</Td>
                <Td>{date(r.watermark)} <span className="ml-1"><Badge>{r.materializedOnly ? a.materializedOnly : a.realtime}</Badge></span></Td>
                <Td>{intervalText(t, r.refreshSchedule)}</Td>
                <Td>{r.lastRunStartedAt ? fmt.dateTime(r.lastRunStartedAt) : a.never}{r.lastRunStatus && ` · ${t.timescale.jobs.statuses[r.lastRunStatus] ?? r.lastRunStatus}`}</Td>
                <Td align="right">{fmt.number(r.materializedRows)}</Td><Td align="right">{fmt.bytes(r.totalBytes)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </ViewCard>
  );
}
