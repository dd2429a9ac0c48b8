import type { Metadata } from 'next';
import { TablesList } from '@/components/etl/tables-list';
import { Header } from '@/components/shell/header';
import { Card } from '@/components/ui/card';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.etl.tables.title };
}

export default async function TablesPage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.etl.tables.title} description={t.etl.tables.description} />
      <main className="p-8">
        <Card title={t.etl.tables.caption}>
          <TablesList />
        </Card>
      </main>
    </>
  );
}
