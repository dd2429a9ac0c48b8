import type { Metadata } from 'next';
import { Suspense } from 'react';
import { MigrationsCard } from '@/components/db/migrations-card';
import { SettingsCard } from '@/components/db/settings-card';
import { SetupStatusCard } from '@/components/db/setup-status-card';
import { TablesCard } from '@/components/db/tables-card';
import { Header } from '@/components/shell/header';
import { Card } from '@/components/ui/card';
import { getDatabase } from '@/lib/db/client';
import { DatabaseUnavailableError } from '@/lib/db/connection-error';
import { getDatabaseOverview } from '@/lib/db/queries/database-overview';
import { migrationPlan } from '@/lib/db/queries/migration-plan';
import { readServerSettings } from '@/lib/db/settings';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.database.title };
}

async function read() {
  const [overview, settings] = await Promise.all([
    getDatabaseOverview(),
    getDatabase().then((d) => readServerSettings(d.runner)),
  ]);
  return { overview, settings, plan: migrationPlan(overview.migrations) };
}

// The header at once; the rest when the database answers (slow while the first load runs).
export default async function DatabasePage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.database.title} description={t.database.description} />
      <Suspense fallback={<p className="animate-pulse p-8 text-sm text-slate-500" role="status">{t.database.loading}</p>}>
        <DatabaseDetails />
      </Suspense>
    </>
  );
}

async function DatabaseDetails() {
  const { t } = await getI18n();
  let data: Awaited<ReturnType<typeof read>>;
  try {
    data = await read();
  } catch (error) {
    return (
      <main className="p-8">
        <Card title={t.database.unreachable.title}>
          <p className="text-sm text-rose-800" data-testid="overall-status">error</p>
          {error instanceof DatabaseUnavailableError ? (
            <p className="mt-2 text-sm">{error.message}<br /><span className="text-slate-600">{error.fix}</span></p>
          ) : (
            <p className="mt-2 text-sm">{t.database.unreachable.checkLogs}</p>
          )}
        </Card>
      </main>
    );
  }
  const { overview, settings, plan } = data;
  return (
    <main className="space-y-6 p-8">
      <SetupStatusCard overview={overview} />
      <MigrationsCard migrations={overview.migrations} plan={plan} />
      <TablesCard setup={overview.setup} />
      <SettingsCard settings={settings} />
    </main>
  );
}
