import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TableConfigCard } from '@/components/etl/table-config-card';
import { TableState } from '@/components/etl/table-state';
import { Header } from '@/components/shell/header';
import { isMartTable, TABLES } from '@/lib/etl/config';
import { getI18n } from '@/lib/i18n/server';

type Props = { params: Promise<{ table: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).table };
}

export default async function TablePage({ params }: Props) {
  const { table } = await params;
  if (!isMartTable(table)) notFound();
  const { t } = await getI18n();
  const config = TABLES[table];
  return (
    <>
      <Header title={table} description={t.etl.table.description(config.incrementalColumn, config.refreshEveryHours)} />
      <main className="grid gap-6 p-8 xl:grid-cols-[minmax(0,3fr)_minmax(16rem,1fr)]">
        <TableState table={table} />
        <div><TableConfigCard table={table} /></div>
      </main>
    </>
  );
}
