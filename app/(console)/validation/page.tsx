import type { Metadata } from 'next';
import { Header } from '@/components/shell/header';
import { ValidationTables } from '@/components/validation/validation-tables';
import { getI18n } from '@/lib/i18n/server';
import { daysFrom } from './days';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.validation.title };
}

export default async function ValidationPage({ searchParams }: { searchParams: Promise<{ days?: string | string[] }> }) {
  const { t } = await getI18n();
  const days = daysFrom((await searchParams).days);
  return (
    <>
      <Header title={t.validation.title} description={t.validation.description} />
      <main className="p-8"><ValidationTables days={days} /></main>
    </>
  );
}
