import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecentRuns } from '@/components/etl/recent-runs';
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
      <main className="space-y-6 p-8">
        <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(16rem,1fr)] xl:items-start">
          <TableState table={table} />
          <TableConfigCard table={table} />
        </div>
        <RecentRuns table={table} />
      </main>
    </>
  );
}
