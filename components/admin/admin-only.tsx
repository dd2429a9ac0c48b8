// What a signed-in non-admin sees on an admin page: which role it needs, and
// theirs. The API refuses them as well (403), whatever this page shows.
import Link from 'next/link';
import { Header } from '@/components/shell/header';
import { Notice } from '@/components/ui/notice';
import type { Role } from '@/lib/auth/roles';
import { getI18n } from '@/lib/i18n/server';

export async function AdminOnly({ role }: { role: Role }) {
  const { t } = await getI18n();
  const f = t.admin.forbidden;
  return (
    <>
      <Header title={f.title} />
      <main className="p-8" data-testid="admin-only">
        <div className="max-w-2xl">
          <Notice tone="warning" title={f.title}>
            <p>{f.body(t.common.roles[role])}</p>
            <p className="mt-1">{f.ask}</p>
          </Notice>
          <Link href="/" className="mt-4 inline-block text-sm text-sky-800 underline underline-offset-2">{f.back}</Link>
        </div>
      </main>
    </>
  );
}
