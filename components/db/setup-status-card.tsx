// The seed's `validate`: overall status and what it means, the server, the
// TimescaleDB edition, and what this database lacks with how to get it.
import { featureFix, featureName, featureReason } from '@/components/timescale/explain';
import { Badge, type Tone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { DatabaseOverview } from '@/lib/db/queries/database-overview';
import { getI18n } from '@/lib/i18n/server';
import type { OverallStatus } from '@/lib/timescale/status';
import { WithCode } from '@/components/ui/with-code';

const TONE: Record<OverallStatus, Tone> = { optimal: 'green', partial: 'amber', basic: 'blue', incomplete: 'amber', error: 'red' };

export async function SetupStatusCard({ overview }: { overview: DatabaseOverview }) {
  const { t } = await getI18n();
  const s = t.database.setup;
  const { setup, connection } = overview;
  const caps = setup.capabilities;
  const kind = { edition: caps?.edition ?? 'none', extensionAvailable: caps?.available ?? false } as const;
  return (
    <Card title={s.title} description={<WithCode text={s.description} />}>
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={TONE[setup.overall]} data-testid="overall-status">{setup.overall}</Badge>
        <p className="text-sm text-slate-700" data-testid="overall-meaning"><WithCode text={s.overall[setup.overall]} /></p>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm lg:grid-cols-4">
        <Fact label={s.server}>PostgreSQL {connection.serverVersion}</Fact>
        <Fact label={s.connection}>
          {connection.embedded ? s.embedded : s.configured} · <span className="font-mono text-xs">{connection.target}/{connection.database}</span>
        </Fact>
        <Fact label={s.timescale}>{caps?.installed ? caps.version : caps?.available ? s.availableNotInstalled : s.notAvailable}</Fact>
        <Fact label={s.edition}><span data-testid="edition">{caps ? s.editions[caps.edition] : '—'}</span></Fact>
      </dl>
      {caps && <p className="mt-3 text-sm text-slate-600" data-testid="edition-meaning">{s.editionMeaning[caps.edition]}</p>}
      {setup.problems.length > 0 && (
        <div className="mt-4">
          <p className="text-sm font-medium text-slate-800">{s.problems}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-amber-900" lang="en">
            {setup.problems.map((p) => <li key={p}><WithCode text={p} /></li>)}
          </ul>
        </div>
      )}
      {setup.missingFeatures.length > 0 && (
        <div className="mt-4 rounded-lg bg-slate-50 p-4">
          <p className="text-sm font-medium text-slate-800">{s.missing}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {setup.missingFeatures.map((m) => (
              <li key={m.feature}><span className="font-medium">{featureName(t, m.feature)}:</span> {featureReason(t, kind, m.feature, m.reason)}</li>
            ))}
          </ul>
          {/* Every missing feature of one database has the same remedy. */}
          <p className="mt-3 text-sm text-slate-700"><span className="font-medium">{s.howToGet}:</span> <WithCode text={featureFix(t, kind)} /></p>
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
