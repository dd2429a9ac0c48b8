import type { Metadata } from 'next';
import { OverviewLive } from '@/components/overview/overview-live';
import { Header } from '@/components/shell/header';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.overview.title };
}

export default async function OverviewPage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.overview.title} description={t.overview.description} />
      <main className="p-8">
        <OverviewLive />
      </main>
    </>
  );
}
