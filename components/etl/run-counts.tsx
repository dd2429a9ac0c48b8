'use client';
// What a run did to its target table, as six numbers.
import { Card } from '@/components/ui/card';
import type { Run } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

export function RunCounts({ run }: { run: Run }) {
  const { t, fmt } = useI18n();
  const c = t.etl.counts;
  const counts: [keyof typeof c, number][] = [
    ['extracted', run.rowsExtracted], ['inserted', run.rowsInserted], ['updated', run.rowsUpdated],
    ['unchanged', run.rowsUnchanged], ['deleted', run.rowsDeleted], ['rejected', run.rowsRejected],
  ];
  return (
    <Card title={t.runs.detail.counts} description={t.runs.detail.countsDescription}>
      <dl className="grid grid-cols-3 gap-4 lg:grid-cols-6">
        {counts.map(([key, value]) => (
          <div key={key} className="rounded-lg bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{c[key]}</dt>
            <dd className={`text-lg font-semibold tabular-nums ${key === 'rejected' && value > 0 ? 'text-rose-800' : 'text-slate-900'}`} data-testid={`count-${key}`}>
              {fmt.number(value)}
            </dd>
          </div>
        ))}
      </dl>
      {run.rowsTotalEstimate !== null && (
        <p className="mt-3 text-xs text-slate-500">{t.runs.detail.estimate}: {fmt.number(run.rowsTotalEstimate)}</p>
      )}
    </Card>
  );
}
