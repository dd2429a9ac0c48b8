import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { MigrationStatus } from '@/lib/db/migrations';

const when = new Intl.DateTimeFormat('es-PE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Lima' });

export function MigrationsCard({ migrations }: { migrations: MigrationStatus }) {
  const rows = [
    ...migrations.applied.map((tag) => ({ tag, state: migrations.drifted.includes(tag) ? 'drift' : 'applied' })),
    ...migrations.pending.map((tag) => ({ tag, state: 'pending' })),
    ...migrations.unknown.map((tag) => ({ tag, state: 'unknown' })),
  ];
  return (
    <Card
      title="Migraciones"
      description={`${migrations.applied.length} aplicadas · ${migrations.pending.length} pendientes`}
    >
      <Table caption="Migraciones">
        <thead>
          <tr><Th>Migración</Th><Th>Estado</Th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.tag} data-testid={`migration-${r.tag}`}>
              <Td mono>{r.tag}</Td>
              <Td>
                {r.state === 'applied' && <Badge tone="green">aplicada</Badge>}
                {r.state === 'pending' && <Badge tone="amber">pendiente</Badge>}
                {r.state === 'drift' && <Badge tone="red">aplicada · el archivo cambió</Badge>}
                {r.state === 'unknown' && <Badge tone="gray">aplicada · sin archivo aquí</Badge>}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <h3 className="mt-5 text-sm font-medium text-slate-800">Historial</h3>
      <ol className="mt-2 space-y-1 text-sm text-slate-600">
        {migrations.history.toReversed().slice(0, 10).map((h) => (
          <li key={`${h.tag}-${h.executedAt.toISOString()}-${h.direction}`}>
            {when.format(h.executedAt)} · {h.direction === 'up' ? 'aplicada' : 'revertida'} <span className="font-mono text-xs">{h.tag}</span> ({h.durationMs} ms)
          </li>
        ))}
      </ol>
    </Card>
  );
}
