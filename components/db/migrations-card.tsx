// Every migration with its state (applied, pending, drifted), the apply and
// rollback buttons, and the history of what ran.
import { Badge, type Tone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { MigrationStatus } from '@/lib/db/migrations';
import type { MigrationPlan } from '@/lib/db/queries/migration-plan';
import { getI18n } from '@/lib/i18n/server';
import { MigrationActions } from './migration-actions';
import { MigrationHistory } from './migration-history';

type State = 'applied' | 'pending' | 'drift' | 'unknown';
const TONE: Record<State, Tone> = { applied: 'green', pending: 'amber', drift: 'red', unknown: 'gray' };

export async function MigrationsCard({ migrations, plan }: { migrations: MigrationStatus; plan: MigrationPlan }) {
  const { t } = await getI18n();
  const m = t.database.migrations;
  const rows: { tag: string; state: State }[] = [
    ...migrations.applied.map((tag) => ({ tag, state: migrations.drifted.includes(tag) ? 'drift' as const : 'applied' as const })),
    ...migrations.pending.map((tag) => ({ tag, state: 'pending' as const })),
    ...migrations.unknown.map((tag) => ({ tag, state: 'unknown' as const })),
  ];
  return (
    <Card title={m.title} description={m.summary(migrations.applied.length, migrations.pending.length)}>
      <MigrationActions plan={plan} />
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="text-sm font-medium text-slate-800">{m.caption}</h3>
          <Table caption={m.caption}>
            <thead><tr><Th>{m.migration}</Th><Th>{m.state}</Th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.tag} data-testid={`migration-${r.tag}`} data-state={r.state}>
                  <Td mono>{r.tag}</Td>
                  <Td><Badge tone={TONE[r.state]}>{m.states[r.state]}</Badge></Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {migrations.drifted.length > 0 && <p className="mt-2 text-sm text-rose-800">{m.driftHelp}</p>}
        </div>
        <MigrationHistory history={migrations.history} />
      </div>
    </Card>
  );
}
