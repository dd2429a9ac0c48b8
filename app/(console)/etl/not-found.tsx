import Link from 'next/link';
import { Header } from '@/components/shell/header';
import { Card } from '@/components/ui/card';
import { getI18n } from '@/lib/i18n/server';

// An unknown table or run id: said in the user's language, with the way back.
export default async function EtlNotFound() {
  const { t } = await getI18n();
  const n = t.etl.notFound;
  return (
    <>
      <Header title={n.title} />
      <main className="p-8">
        <Card title={n.title}>
          <p className="text-sm text-slate-700">{n.body}</p>
          <p className="mt-3 flex gap-4 text-sm">
            <Link href="/etl/tables" className="text-sky-800 underline underline-offset-2">{n.tables}</Link>
            <Link href="/etl/runs" className="text-sky-800 underline underline-offset-2">{n.runs}</Link>
          </p>
        </Card>
      </main>
    </>
  );
}
