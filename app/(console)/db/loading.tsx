import { Header } from '@/components/shell/header';
import { getI18n } from '@/lib/i18n/server';

// The header at once, the page's data when the database answers (slow while the first load runs).
export default async function Loading() {
  const { t } = await getI18n();
  return (
    <>
      <Header title={t.database.title} description={t.database.description} />
      <p className="animate-pulse p-8 text-sm text-slate-500" role="status">{t.database.loading}</p>
    </>
  );
}
