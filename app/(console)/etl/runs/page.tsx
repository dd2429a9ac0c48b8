import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RunFilters } from '@/components/etl/run-filters';
import { RunLog } from '@/components/etl/run-log';
import { Header } from '@/components/shell/header';
import { Card } from '@/components/ui/card';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.runs.log.title };
}

export default async function RunsPage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.runs.log.title} description={t.runs.log.description} />
      <main className="space-y-6 p-8">
        {/* The filters live in the URL, read on the client. */}
        <Suspense>
          <RunFilters />
          <Card title={t.runs.log.caption}><RunLog /></Card>
        </Suspense>
      </main>
    </>
  );
}
