import Link from 'next/link';
import { getI18n } from '@/lib/i18n/server';

// Any address the console does not have: said in the user's language, with the way back.
export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        {/* eslint-disable-next-line @next/next/no-img-element -- a 1 KB SVG needs no optimiser */}
        <img src="/pulso.svg" alt="" width={36} height={36} className="mx-auto" />
        <h1 className="mt-4 text-lg font-semibold text-slate-900">{t.common.notFound.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{t.common.notFound.body}</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-sky-800 underline underline-offset-2">{t.common.notFound.home}</Link>
      </div>
    </main>
  );
}
