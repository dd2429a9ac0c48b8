import type { Metadata } from 'next';
import { WatermarksTable } from '@/components/etl/watermarks-table';
import { Header } from '@/components/shell/header';
import { Card } from '@/components/ui/card';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.etl.watermarks.title };
}

export default async function WatermarksPage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.etl.watermarks.title} description={t.etl.watermarks.description} />
      <main className="p-8">
        <Card title={t.etl.watermarks.caption}>
          <WatermarksTable />
        </Card>
      </main>
    </>
  );
}
