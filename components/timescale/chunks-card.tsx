'use client';
// The chunks of one hypertable (or all), newest first; the choice is kept in the URL.
import { usePathname, useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { query as qs } from '@/lib/client/api';
import { useI18n } from '@/lib/i18n/client';
import type { ChunksView } from '@/lib/timescale/views';
import type { DatabaseKind } from './explain';
import { useTimescaleView } from './use-view';
import { ViewCard } from './view-card';

const LIMITS = [25, 100, 500];

export function ChunksCard({ kind, hypertables, initial }: { kind: DatabaseKind; hypertables: string[]; initial: string | null }) {
  const { t, fmt } = useI18n();
  const c = t.timescale.chunks;
  const router = useRouter();
  const id = useId();
  const pathname = usePathname();
  const [table, setTable] = useState(initial ?? '');
  const [limit, setLimit] = useState(100);
  const query = useTimescaleView<ChunksView>(`/timescale/chunks${qs({ hypertable: table || undefined, limit })}`);
  const pick = (value: string) => {
    setTable(value);
    router.replace(`${pathname}${qs({ hypertable: value || undefined })}`, { scroll: false });
  };
  const select = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600';
  const actions = (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={`${id}-table`}>{c.pick}</label>
      <select id={`${id}-table`} className={select} value={table} onChange={(e) => pick(e.target.value)}>
        <option value="">{c.all}</option>
        {hypertables.map((h) => <option key={h} value={h}>{h}</option>)}
      </select>
      <label htmlFor={`${id}-limit`} className="ml-2">{c.limit}</label>
      <select id={`${id}-limit`} className={select} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
        {LIMITS.map((l) => <option key={l} value={l}>{l}</option>)}
      </select>
    </div>
  );
  const date = (v: string) => (v.length === 10 ? fmt.date(v) : fmt.dateTime(v));
  return (
    <ViewCard title={c.title} description={c.description} actions={actions} query={query} kind={kind}>
      {(view) => view.rows.length === 0 ? <p className="text-sm text-slate-600">{c.none}</p> : (
        <>
          <Table caption={c.caption(table || c.all)}>
            <thead>
              <tr>
                <Th>{c.name}</Th><Th>{c.hypertable}</Th><Th>{c.range}</Th><Th align="right">{c.size}</Th>
                <Th>{c.compressed}</Th><Th align="right">{c.before}</Th><Th align="right">{c.after}</Th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.name}>
                  <Td mono>{r.name}</Td><Td mono>{r.hypertable}</Td><Td>{c.rangeText(date(r.rangeStart), date(r.rangeEnd))}</Td>
                  <Td align="right">{fmt.bytes(r.totalBytes)}</Td>
                  <Td>{r.compressed ? <Badge tone="green">{c.yes}</Badge> : <Badge>{c.no}</Badge>}</Td>
                  <Td align="right">{fmt.bytes(r.beforeCompressionBytes)}</Td><Td align="right">{fmt.bytes(r.afterCompressionBytes)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="mt-2 text-xs text-slate-500">{c.endExclusive}</p>
        </>
      )}
    </ViewCard>
  );
}
