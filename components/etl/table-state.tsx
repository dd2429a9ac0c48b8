'use client';
// One table, live: freshness, watermark, last status and error, the run in
// flight, and the operator's and admin's actions.
import { Card } from '@/components/ui/card';
import { QueryState } from '@/components/ui/query-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { useTableDetail } from '@/lib/client/etl';
import type { MartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { Fact } from './fact';
import { RefreshActions } from './refresh-actions';
import { ResetWatermark } from './reset-watermark';
import { RunProgress } from './run-progress';

export function TableState({ table }: { table: MartTable }) {
  const { t, fmt } = useI18n();
  const detail = useTableDetail(table);
  const f = t.etl.fields;
  return (
    <QueryState query={detail}>
      {(d) => (
        <Card title={t.etl.table.state}>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm lg:grid-cols-4">
            <Fact label={f.freshness}><StatusBadge kind="freshness" value={d.freshness} /></Fact>
            <Fact label={f.age}>{t.etl.ageOf(fmt.ago(d.lastSuccessAt), t.etl.every(d.refreshEveryHours))}</Fact>
            <Fact label={f.watermark}><span data-testid="table-watermark">{fmt.date(d.watermark.watermark)}</span></Fact>
            <Fact label={f.lastStatus}><StatusBadge kind="watermarkStatus" value={d.watermark.lastExtractionStatus} /></Fact>
            <Fact label={f.lastSuccess}>{fmt.dateTime(d.lastSuccessAt)}</Fact>
            <Fact label={f.records}>{fmt.number(d.watermark.recordsExtracted)}</Fact>
            <Fact label={f.duration}>{fmt.duration(d.watermark.extractionDurationSeconds)}</Fact>
            <Fact label={f.updated}>{fmt.dateTime(d.watermark.updatedAt)}</Fact>
          </dl>
          {d.watermark.errorMessage && <p className="mt-3 text-sm text-rose-800">{f.error}: {d.watermark.errorMessage}</p>}
          {d.activeRun && <div className="mt-4 max-w-xl"><RunProgress run={d.activeRun} /></div>}
          <div className="mt-5 flex flex-wrap items-start justify-between gap-4 border-t border-slate-100 pt-4">
            <div className="min-w-0 flex-1"><RefreshActions table={table} activeRun={d.activeRun} /></div>
            <ResetWatermark table={table} watermark={d.watermark.watermark} />
          </div>
        </Card>
      )}
    </QueryState>
  );
}
