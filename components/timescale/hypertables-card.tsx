'use client';
import { Table, Td, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { HypertablesView } from '@/lib/timescale/views';
import { intervalText, type DatabaseKind } from './explain';
import { useTimescaleView } from './use-view';
import { ViewCard } from './view-card';
import { WithCode } from '@/components/ui/with-code';

export function HypertablesCard({ kind }: { kind: DatabaseKind }) {
  const { t, fmt } = useI18n();
  const h = t.timescale.hypertables;
  const query = useTimescaleView<HypertablesView>('/timescale/hypertables', 60);
  return (
    <ViewCard title={h.title} description={h.description} query={query} kind={kind}>
      {(view) => view.rows.length === 0 ? <p className="text-sm text-slate-600"><WithCode text={h.none} /></p> : (
        <Table caption={h.caption}>
          <thead>
            <tr>
              <Th>{h.name}</Th><Th>{h.timeColumn}</Th><Th>{h.interval}</Th><Th align="right">{h.chunks}</Th>
              <Th align="right">{h.compressed}</Th><Th align="right">{h.total}</Th><Th align="right">{h.table}</Th>
              <Th align="right">{h.indexes}</Th><Th align="right">{h.rows}</Th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.name} data-testid={`hypertable-${r.name}`}>
                <Td mono>{r.name}</Td><Td mono>{r.timeColumn}</Td><Td>{intervalText(t, r.chunkInterval)}</Td>
                <Td align="right">{fmt.number(r.chunks)}</Td><Td align="right">{fmt.number(r.compressedChunks)}</Td>
                <Td align="right">{fmt.bytes(r.totalBytes)}</Td><Td align="right">{fmt.bytes(r.tableBytes)}</Td>
                <Td align="right">{fmt.bytes(r.indexBytes)}</Td><Td align="right">{fmt.number(r.rowEstimate)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </ViewCard>
  );
}
