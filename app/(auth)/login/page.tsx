import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Ingresar' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
  if (await getCurrentUser()) redirect(target);
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-900 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-xl">
        <div className="mb-6 flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 1 KB SVG needs no optimiser */}
          <img src="/pulso.svg" alt="" width={36} height={36} />
          <div>
            <h1 className="text-xl font-semibold tracking-tight text-slate-900">Pulso</h1>
            <p className="text-sm text-slate-500">Consola del ETL de cobranzas</p>
          </div>
        </div>
        <SignInForm callbackUrl={target} />
      </div>
    </main>
  );
}
