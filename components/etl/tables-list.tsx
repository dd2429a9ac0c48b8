'use client';
// Every mart at a glance, live: its cadence, freshness, watermark and run in flight.
import Link from 'next/link';
import { QueryState } from '@/components/ui/query-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { Table, Td, Th } from '@/components/ui/table';
import { useEtlStatus } from '@/lib/client/etl';
import { TABLES } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { RunProgress } from './run-progress';

export function TablesList() {
  const { t, fmt } = useI18n();
  const status = useEtlStatus();
  const f = t.etl.fields;
  const c = t.etl.config;
  return (
    <QueryState query={status}>
      {({ tables }) => (
        <Table caption={t.etl.tables.caption}>
          <thead>
            <tr>
              <Th>{f.table}</Th><Th>{c.incrementalColumn}</Th><Th>{c.lookbackDays}</Th><Th>{f.refreshEvery}</Th>
              <Th>{f.freshness}</Th><Th>{f.watermark}</Th><Th>{f.lastStatus}</Th><Th>{f.activeRun}</Th>
            </tr>
          </thead>
          <tbody>
            {tables.map((s) => (
              <tr key={s.table} data-testid={`table-row-${s.table}`}>
                <Td>
                  <Link href={`/etl/tables/${s.table}`} className="font-mono text-xs font-medium text-sky-800 underline-offset-2 hover:underline">{s.table}</Link>
                </Td>
                <Td mono>{TABLES[s.table].incrementalColumn}</Td>
                <Td>{t.etl.tables.lookback(TABLES[s.table].lookbackDays)}</Td>
                <Td>{t.etl.every(s.refreshEveryHours)}</Td>
                <Td><StatusBadge kind="freshness" value={s.freshness} /><span className="block whitespace-nowrap text-xs text-slate-500">{fmt.ago(s.lastSuccessAt)}</span></Td>
                <Td><span className="whitespace-nowrap" data-testid="watermark">{fmt.date(s.watermark.watermark)}</span></Td>
                <Td><StatusBadge kind="watermarkStatus" value={s.watermark.lastExtractionStatus} /></Td>
                <Td>{s.activeRun ? <RunProgress run={s.activeRun} /> : <span className="whitespace-nowrap text-slate-500">{t.etl.noRun}</span>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </QueryState>
  );
}
