import type { Metadata } from 'next';
import { NewTokenForm } from '@/components/admin/new-token-form';
import { TokensTable } from '@/components/admin/tokens-table';
import { Header } from '@/components/shell/header';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.admin.tokens.title };
}

export default async function TokensPage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.admin.tokens.title} description={t.admin.tokens.description} />
      <main className="space-y-6 p-8">
        <NewTokenForm />
        <TokensTable />
      </main>
    </>
  );
}
