import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Header } from '@/components/shell/header';
import { ValidationReport } from '@/components/validation/validation-report';
import { isMartTable } from '@/lib/etl/config';
import { getI18n } from '@/lib/i18n/server';
import { daysFrom } from '../days';

type Props = { params: Promise<{ table: string }>; searchParams: Promise<{ days?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getI18n()).t.validation.tableTitle((await params).table) };
}

export default async function TableValidationPage({ params, searchParams }: Props) {
  const [{ table }, { days }, { t }] = await Promise.all([params, searchParams, getI18n()]);
  if (!isMartTable(table)) notFound();
  return (
    <>
      <Header title={t.validation.tableTitle(table)} description={t.validation.description} />
      <main className="p-8"><ValidationReport table={table} days={daysFrom(days)} /></main>
    </>
  );
}
