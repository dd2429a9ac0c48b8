'use client';
// Who expires and compresses each table's data: TimescaleDB's policy jobs, or
// Pulso's own retention pass where the edition cannot ("enforced by Pulso").
import { Badge, type Tone } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { PoliciesView, PolicyRow } from '@/lib/timescale/views';
import { intervalText, type DatabaseKind } from './explain';
import { useTimescaleView } from './use-view';
import { ViewCard } from './view-card';
import { WithCode } from '@/components/ui/with-code';

const TONE: Record<PolicyRow['enforcedBy'], Tone> = { timescaledb: 'green', pulso: 'blue', nobody: 'gray' };

export function PoliciesCard({ kind }: { kind: DatabaseKind }) {
  const { t, fmt } = useI18n();
  const p = t.timescale.policies;
  const query = useTimescaleView<PoliciesView>('/timescale/policies', 60);
  const detail = (r: PolicyRow, edition: string) => {
    if (r.enforcedBy === 'timescaledb' && r.jobId !== null) return p.job(r.jobId);
    if (r.enforcedBy === 'pulso') return p.pulso(p.method[r.method ?? ''] ?? String(r.method), intervalText(t, r.schedule));
    return edition === 'community' ? p.nobodySetup : p.nobodyUnavailable(p.editionNames[edition as keyof typeof p.editionNames]);
  };
  return (
    <ViewCard title={p.title} description={p.description} query={query} kind={kind}>
      {(view) => (
        <Table caption={p.caption}>
          <thead>
            <tr><Th>{p.table}</Th><Th>{p.kind}</Th><Th>{p.olderThan}</Th><Th>{p.enforcedBy}</Th><Th>{p.lastRun}</Th><Th>{p.next}</Th></tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={`${r.table}-${r.kind}`} data-testid={`policy-${r.table}-${r.kind}`}>
                <Td mono>{r.table}</Td>
                <Td>{p.kinds[r.kind]}</Td>
                <Td>{intervalText(t, r.olderThan)}</Td>
                <Td>
                  <Badge tone={TONE[r.enforcedBy]}>{p.by[r.enforcedBy]}</Badge>
                  <span className="ml-2 text-slate-600"><WithCode text={detail(r, view.edition)} /></span>
                </Td>
                <Td>{r.lastRunStartedAt ? `${fmt.dateTime(r.lastRunStartedAt)}${r.lastRunStatus ? ` · ${t.timescale.jobs.statuses[r.lastRunStatus] ?? r.lastRunStatus}` : ''}` : '—'}</Td>
                <Td>{fmt.dateTime(r.nextStart)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </ViewCard>
  );
}
