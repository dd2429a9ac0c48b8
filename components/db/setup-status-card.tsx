import { Badge, type Tone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { DatabaseOverview } from '@/lib/db/queries/database-overview';
import type { OverallStatus } from '@/lib/timescale/status';

const STATUS: Record<OverallStatus, { tone: Tone; text: string }> = {
  optimal: { tone: 'green', text: 'TimescaleDB con todas las tablas, hypertables y políticas.' },
  partial: { tone: 'amber', text: 'TimescaleDB está instalado, pero falta parte de la configuración.' },
  basic: { tone: 'blue', text: 'PostgreSQL estándar: todas las tablas existen, sin TimescaleDB.' },
  incomplete: { tone: 'amber', text: 'Faltan tablas: aplica las migraciones pendientes.' },
  error: { tone: 'red', text: 'No se pudo leer el estado de la base de datos.' },
};

const EDITION = { community: 'Community (timescale)', apache: 'Apache', none: 'No instalado' } as const;

export function SetupStatusCard({ overview }: { overview: DatabaseOverview }) {
  const { setup, connection } = overview;
  const caps = setup.capabilities;
  const status = STATUS[setup.overall];
  return (
    <Card title="Estado del setup" description="Lo que imprime `npm run db:setup -- validate`">
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={status.tone} data-testid="overall-status">{setup.overall}</Badge>
        <p className="text-sm text-slate-700">{status.text}</p>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4">
        <Fact label="Servidor">PostgreSQL {connection.serverVersion}</Fact>
        <Fact label="Conexión">
          {connection.embedded ? 'Embebida (PULSO_DATA_DIR)' : 'Servidor configurado'} · <span className="font-mono text-xs">{connection.target}/{connection.database}</span>
        </Fact>
        <Fact label="TimescaleDB">{caps?.installed ? `${caps.version}` : caps?.available ? 'Disponible, no instalado' : 'No disponible'}</Fact>
        <Fact label="Edición"><span data-testid="edition">{caps ? EDITION[caps.edition] : '—'}</span></Fact>
      </dl>
      {setup.problems.length > 0 && (
        <ul className="mt-4 space-y-1 text-sm text-amber-900" aria-label="Pendientes">
          {setup.problems.map((p) => <li key={p}>• {p}</li>)}
        </ul>
      )}
      {setup.missingFeatures.length > 0 && (
        <div className="mt-4 rounded-lg bg-slate-50 p-4">
          <p className="text-sm font-medium text-slate-800">Funciones que esta base de datos no tiene</p>
          <ul className="mt-2 space-y-1 text-sm">
            {setup.missingFeatures.map((m) => (
              <li key={m.feature}><span className="font-medium">{m.feature}:</span> {m.reason}</li>
            ))}
          </ul>
          {/* Every missing feature of one database has the same remedy. */}
          <p className="mt-3 text-sm text-slate-600">Cómo obtenerlas: {setup.missingFeatures[0].fix}</p>
        </div>
      )}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
