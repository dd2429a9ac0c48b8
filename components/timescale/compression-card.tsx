'use client';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { CompressionView } from '@/lib/timescale/views';
import type { DatabaseKind } from './explain';
import { useTimescaleView } from './use-view';
import { ViewCard } from './view-card';

export function CompressionCard({ kind }: { kind: DatabaseKind }) {
  const { t, fmt } = useI18n();
  const c = t.timescale.compression;
  const query = useTimescaleView<CompressionView>('/timescale/compression', 60);
  return (
    <ViewCard title={c.title} description={c.description} query={query} kind={kind}>
      {(view) => (
        <Table caption={c.caption}>
          <thead>
            <tr><Th>{c.hypertable}</Th><Th>{c.enabled}</Th><Th align="right">{c.chunks}</Th><Th align="right">{c.before}</Th><Th align="right">{c.after}</Th><Th align="right">{c.ratio}</Th></tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.hypertable}>
                <Td mono>{r.hypertable}</Td>
                <Td>{r.compressionEnabled ? <Badge tone="green">{c.yes}</Badge> : <Badge>{c.no}</Badge>}</Td>
                <Td align="right">{fmt.number(r.compressedChunks)} / {fmt.number(r.totalChunks)}</Td>
                <Td align="right">{fmt.bytes(r.beforeBytes)}</Td><Td align="right">{fmt.bytes(r.afterBytes)}</Td>
                <Td align="right">{r.ratio === null ? <span className="text-slate-500">{c.notYet}</span> : c.ratioValue(fmt.number(r.ratio, 1))}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </ViewCard>
  );
}
