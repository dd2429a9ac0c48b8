import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { SetupStatus } from '@/lib/timescale/status';

const number = new Intl.NumberFormat('es-PE');

export function TablesCard({ setup }: { setup: SetupStatus }) {
  const community = setup.capabilities?.edition === 'community';
  return (
    <Card title="Tablas" description="Marts, tablas de control y su forma en TimescaleDB">
      <Table caption="Tablas de Pulso">
        <thead>
          <tr>
            <Th>Tabla</Th>
            <Th>Tipo</Th>
            <Th>Chunks</Th>
            <Th align="right">Filas (estimado)</Th>
            {community && <Th>Retención</Th>}
            {community && <Th>Compresión</Th>}
          </tr>
        </thead>
        <tbody>
          {setup.tables.map((t) => (
            <tr key={t.name} data-testid={`table-${t.name}`}>
              <Td mono>{t.name}</Td>
              <Td>
                {!t.exists ? <Badge tone="red">falta</Badge>
                  : t.hypertable?.actual ? <Badge tone="green">hypertable</Badge>
                  : <Badge>tabla</Badge>}
              </Td>
              <Td>
                {t.hypertable
                  ? t.hypertable.actual
                    ? `${t.hypertable.actual}${t.hypertable.intervalOk ? '' : ` (configurado ${t.hypertable.expected})`}`
                    : `— (configurado ${t.hypertable.expected})`
                  : 'tabla simple'}
              </Td>
              <Td align="right">{t.rows === null ? '—' : number.format(t.rows)}</Td>
              {community && <Td>{t.retentionPolicy ? 'política' : '—'}</Td>}
              {community && <Td>{t.compressionPolicy ? 'política' : '—'}</Td>}
            </tr>
          ))}
        </tbody>
      </Table>
      {community && (
        <p className="mt-3 text-sm text-slate-600">
          Agregados continuos:{' '}
          {setup.continuousAggregates.map((a) => (
            <span key={a.name} className="mr-2">
              <span className="font-mono text-xs">{a.name}</span> {a.exists ? '✓' : '✗'}
            </span>
          ))}
        </p>
      )}
    </Card>
  );
}
