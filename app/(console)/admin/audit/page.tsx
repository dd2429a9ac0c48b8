import type { Metadata } from 'next';
import { AuditTable } from '@/components/admin/audit-table';
import { Header } from '@/components/shell/header';
import { CONTRACTS } from '@/lib/api/contracts';
import { SIGN_IN_ACTION } from '@/lib/auth/rate-limit';
import { getI18n } from '@/lib/i18n/server';

type Search = Partial<Record<'actor' | 'action' | 'result' | 'from' | 'to', string | string[]>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.admin.audit.title };
}

/** Every action the log can hold, for the filter's suggestions. */
const ACTIONS = [SIGN_IN_ACTION, ...CONTRACTS.flatMap((c) => (c.audit ? [c.audit.action] : []))].sort();
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [{ t }, search] = await Promise.all([getI18n(), searchParams]);
  const one = (key: keyof Search) => { const v = search[key]; return (Array.isArray(v) ? v[0] : v) ?? ''; };
  const filters = {
    actor: one('actor'), action: one('action'),
    result: ['success', 'failure', 'denied'].includes(one('result')) ? one('result') : '',
    from: DATE.test(one('from')) ? one('from') : '', to: DATE.test(one('to')) ? one('to') : '',
  };
  return (
    <>
      <Header title={t.admin.audit.title} description={t.admin.audit.description} />
      <main className="p-8"><AuditTable filters={filters} actions={[...new Set(ACTIONS)]} /></main>
    </>
  );
}
