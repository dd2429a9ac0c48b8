import type { Metadata } from 'next';
import { MigrationsCard } from '@/components/db/migrations-card';
import { SetupStatusCard } from '@/components/db/setup-status-card';
import { TablesCard } from '@/components/db/tables-card';
import { Header } from '@/components/shell/header';
import { Card } from '@/components/ui/card';
import { DatabaseUnavailableError } from '@/lib/db/connection-error';
import { getDatabaseOverview, type DatabaseOverview } from '@/lib/db/queries/database-overview';

export const metadata: Metadata = { title: 'Base de datos' };
export const dynamic = 'force-dynamic';

export default async function DatabasePage() {
  let overview: DatabaseOverview;
  try {
    overview = await getDatabaseOverview();
  } catch (error) {
    return (
      <>
        <Header title="Base de datos" />
        <main className="p-8">
          <Card title="No se puede conectar a la base de datos">
            <p className="text-sm text-rose-800" data-testid="overall-status">error</p>
            {error instanceof DatabaseUnavailableError ? (
              <p className="mt-2 text-sm">{error.message}<br /><span className="text-slate-600">{error.fix}</span></p>
            ) : (
              <p className="mt-2 text-sm">Revisa los registros del servidor.</p>
            )}
          </Card>
        </main>
      </>
    );
  }
  return (
    <>
      <Header title="Base de datos" />
      <main className="space-y-6 p-8">
        <SetupStatusCard overview={overview} />
        <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
          <TablesCard setup={overview.setup} />
          <MigrationsCard migrations={overview.migrations} />
        </div>
      </main>
    </>
  );
}
