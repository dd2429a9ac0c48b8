import { getI18n } from '@/lib/i18n/server';

export default async function Loading() {
  const { t } = await getI18n();
  return <p className="p-8 text-sm text-slate-500" role="status">{t.database.loading}</p>;
}
