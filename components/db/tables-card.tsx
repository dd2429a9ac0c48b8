import { intervalText } from '@/components/timescale/explain';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { getI18n } from '@/lib/i18n/server';
import type { SetupStatus, TableStatus } from '@/lib/timescale/status';

export async function TablesCard({ setup }: { setup: SetupStatus }) {
  const { t, fmt } = await getI18n();
  const c = t.database.tables;
  const community = setup.capabilities?.edition === 'community';
  const chunks = (h: TableStatus['hypertable']) => {
    if (!h) return c.plainTable;
    if (!setup.capabilities?.installed) return `— (${c.withTimescale(intervalText(t, h.expected))})`;
    const configured = c.configured(intervalText(t, h.expected));
    if (!h.actual) return `— (${configured})`;
    return h.intervalOk ? intervalText(t, h.actual) : `${intervalText(t, h.actual)} (${configured})`;
  };
  return (
    <Card title={c.title} description={c.description}>
      <Table caption={c.caption}>
        <thead>
          <tr>
            <Th>{c.table}</Th><Th>{c.kind}</Th><Th>{c.chunks}</Th><Th align="right">{c.rows}</Th>
            {community && <Th>{c.retention}</Th>}
            {community && <Th>{c.compression}</Th>}
          </tr>
        </thead>
        <tbody>
          {setup.tables.map((row) => (
            <tr key={row.name} data-testid={`table-${row.name}`}>
              <Td mono>{row.name}</Td>
              <Td>
                {!row.exists ? <Badge tone="red">{c.missing}</Badge>
                  : row.hypertable?.actual ? <Badge tone="green">{c.hypertable}</Badge>
                  : <Badge>{c.plain}</Badge>}
              </Td>
              <Td>{chunks(row.hypertable)}</Td>
              <Td align="right">{fmt.number(row.rows)}</Td>
              {community && <Td>{row.retentionPolicy ? c.policy : '—'}</Td>}
              {community && <Td>{row.compressionPolicy ? c.policy : '—'}</Td>}
            </tr>
          ))}
        </tbody>
      </Table>
      {community && (
        <p className="mt-3 text-sm text-slate-600">
          {c.aggregates}:{' '}
          {setup.continuousAggregates.map((a) => (
            <span key={a.name} className="mr-3">
              <span className="font-mono text-xs">{a.name}</span> {a.exists ? '✓' : '✗'}
            </span>
          ))}
        </p>
      )}
    </Card>
  );
}
