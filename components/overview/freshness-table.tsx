'use client';
// Each table's age against its refresh interval, with its watermark and last status.
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { TableStatusJson } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

export function FreshnessTable({ tables, caption }: { tables: TableStatusJson[]; caption: string }) {
  const { t, fmt } = useI18n();
  const f = t.etl.fields;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{f.table}</Th><Th>{f.freshness}</Th><Th>{f.age}</Th><Th>{f.lastSuccess}</Th>
          <Th>{f.watermark}</Th><Th>{f.lastStatus}</Th><Th>{f.activeRun}</Th>
        </tr>
      </thead>
      <tbody>
        {tables.map((s) => (
          <tr key={s.table} data-testid={`freshness-${s.table}`}>
            <Td>
              <Link href={`/etl/tables/${s.table}`} className="font-mono text-xs font-medium text-sky-800 underline-offset-2 hover:underline">
                {s.table}
              </Link>
            </Td>
            <Td><StatusBadge kind="freshness" value={s.freshness} /></Td>
            <Td>{t.etl.ageOf(fmt.ago(s.lastSuccessAt), t.etl.every(s.refreshEveryHours))}</Td>
            <Td><span className="whitespace-nowrap">{fmt.dateTime(s.lastSuccessAt)}</span></Td>
            <Td><span className="whitespace-nowrap" data-testid="watermark">{fmt.date(s.watermark.watermark)}</span></Td>
            <Td><StatusBadge kind="watermarkStatus" value={s.watermark.lastExtractionStatus} /></Td>
            <Td>{s.activeRun ? <StatusBadge kind="runStatus" value={s.activeRun.status} /> : <span className="text-slate-500">—</span>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
