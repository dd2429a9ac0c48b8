import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { getCurrentUser } from '@/lib/auth/session';
import { LocaleProvider } from '@/lib/i18n/client';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.title };
}

// Outside the console's layout: it hands the language to the form and the switch itself.
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
  const [user, { locale, t }] = await Promise.all([getCurrentUser(), getI18n()]);
  if (user) redirect(target);
  return (
    <LocaleProvider locale={locale}>
      <main className="flex min-h-screen items-center justify-center bg-slate-900 px-4">
        <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-xl">
          <div className="mb-6 flex items-start gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- a 1 KB SVG needs no optimiser */}
            <img src="/pulso.svg" alt="" width={36} height={36} />
            <div className="flex-1">
              <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t.common.app.name}</h1>
              <p className="text-sm text-slate-600">{t.common.app.consoleOf}</p>
            </div>
            <LanguageSwitch />
          </div>
          <SignInForm callbackUrl={target} />
        </div>
      </main>
    </LocaleProvider>
  );
}
