import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RunDetail } from '@/components/etl/run-detail';
import { Header } from '@/components/shell/header';
import { getDatabase } from '@/lib/db/client';
import { getRun } from '@/lib/etl/runs';
import { getI18n } from '@/lib/i18n/server';

type Props = { params: Promise<{ id: string }> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getI18n()).t.runs.detail.title((await params).id.slice(0, 8)) };
}

// The server only checks the run exists; its live detail is read on the client.
export default async function RunPage({ params }: Props) {
  const { id } = await params;
  const run = UUID.test(id) ? await getRun((await getDatabase()).sql, id) : undefined;
  if (!run) notFound();
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.runs.detail.title(run.tableName)} description={t.runs.detail.description(run.id)} />
      <main className="p-8">
        <RunDetail id={run.id} />
      </main>
    </>
  );
}
