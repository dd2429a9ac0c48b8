import type { Metadata } from 'next';
import { CleanupCard } from '@/components/maintenance/cleanup-card';
import { RecoveryCard } from '@/components/maintenance/recovery-card';
import { Header } from '@/components/shell/header';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.maintenance.title };
}

export default async function MaintenancePage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.maintenance.title} description={t.maintenance.description} />
      <main className="max-w-5xl space-y-6 p-8">
        <CleanupCard />
        <RecoveryCard />
      </main>
    </>
  );
}
