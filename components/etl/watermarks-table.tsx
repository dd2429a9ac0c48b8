'use client';
// Every table's watermark with its last extraction, and the admin's reset.
import Link from 'next/link';
import { useState } from 'react';
import { QueryState } from '@/components/ui/query-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { Table, Td, Th } from '@/components/ui/table';
import { useWatermarks } from '@/lib/client/etl';
import { isMartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { ActionNotice, type Outcome } from './action-notice';
import { ResetWatermark } from './reset-watermark';

export function WatermarksTable() {
  const { t, fmt } = useI18n();
  const watermarks = useWatermarks();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const f = t.etl.fields;
  return (
    <QueryState query={watermarks}>
      {(rows) => (
        <div className="space-y-4">
          <ActionNotice outcome={outcome} />
          <Table caption={t.etl.watermarks.caption}>
            <thead>
              <tr>
                <Th>{f.table}</Th><Th>{f.watermark}</Th><Th>{f.lastStatus}</Th><Th align="right">{f.records}</Th>
                <Th align="right">{f.duration}</Th><Th>{f.updated}</Th><Th>{f.error}</Th><Th><span className="sr-only">{t.etl.actions.reset}</span></Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((w) => (
                <tr key={w.tableName} data-testid={`watermark-${w.tableName}`}>
                  <Td>
                    <Link href={`/etl/tables/${w.tableName}`} className="font-mono text-xs font-medium text-sky-800 underline-offset-2 hover:underline">{w.tableName}</Link>
                  </Td>
                  <Td><span className="whitespace-nowrap font-medium" data-testid="watermark">{fmt.date(w.watermark)}</span></Td>
                  <Td><StatusBadge kind="watermarkStatus" value={w.lastExtractionStatus} /></Td>
                  <Td align="right">{fmt.number(w.recordsExtracted)}</Td>
                  <Td align="right">{fmt.duration(w.extractionDurationSeconds)}</Td>
                  <Td><span className="whitespace-nowrap">{w.lastExtractionStatus ? fmt.dateTime(w.updatedAt) : '—'}</span></Td>
                  <Td><span className="block max-w-48 text-rose-800">{w.errorMessage ?? ''}</span></Td>
                  <Td>{isMartTable(w.tableName) && <ResetWatermark table={w.tableName} watermark={w.watermark} onOutcome={setOutcome} />}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </QueryState>
  );
}
