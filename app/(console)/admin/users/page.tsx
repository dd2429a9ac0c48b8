import type { Metadata } from 'next';
import { NewUserForm } from '@/components/admin/new-user-form';
import { UsersTable } from '@/components/admin/users-table';
import { Header } from '@/components/shell/header';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.admin.users.title };
}

export default async function UsersPage() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.admin.users.title} description={t.admin.users.description} />
      <main className="space-y-6 p-8">
        <NewUserForm />
        <UsersTable />
      </main>
    </>
  );
}
