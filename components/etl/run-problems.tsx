'use client';
// Why a run failed (message and detail) and the rows it rejected, from its metadata.
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { Table, Td, Th } from '@/components/ui/table';
import type { Run } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

type Sample = { reason?: string; row?: unknown };

export function RunError({ run }: { run: Run }) {
  const { t } = useI18n();
  if (!run.errorMessage && !run.errorDetail) return null;
  return (
    <Notice tone={run.status === 'cancelled' ? 'warning' : 'error'} title={run.status === 'cancelled' ? t.runs.detail.cancelled : t.runs.detail.error}>
      <p data-testid="run-error">{run.errorMessage}</p>
      {run.errorDetail && run.errorDetail !== run.errorMessage && (
        <p className="mt-1"><span className="font-medium">{t.runs.detail.errorDetail}:</span> <span className="font-mono text-xs">{run.errorDetail}</span></p>
      )}
    </Notice>
  );
}

export function RejectedSamples({ run }: { run: Run }) {
  const { t, fmt } = useI18n();
  const d = t.runs.detail;
  const meta = (run.metadata ?? {}) as { rejectedSamples?: Sample[]; duplicates?: number };
  const samples = Array.isArray(meta.rejectedSamples) ? meta.rejectedSamples : [];
  return (
    <Card title={d.rejected} description={d.rejectedDescription}>
      {typeof meta.duplicates === 'number' && <p className="mb-3 text-sm text-slate-700">{d.duplicates}: {fmt.number(meta.duplicates)}</p>}
      {samples.length === 0 ? <p className="text-sm text-slate-500">{d.noRejected}</p> : (
        <Table caption={d.rejectedCaption}>
          <thead><tr><Th>{d.rejectedReason}</Th><Th>{d.rejectedRow}</Th></tr></thead>
          <tbody>
            {samples.map((s, i) => (
              <tr key={i}>
                <Td>{s.reason ?? '—'}</Td>
                <Td mono><span className="break-all">{JSON.stringify(s.row)}</span></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
