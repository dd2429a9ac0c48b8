import { redirect } from 'next/navigation';
import { Providers } from '@/components/shell/providers';
import { Sidebar } from '@/components/shell/sidebar';
import { getCurrentUser } from '@/lib/auth/session';
import { getLocale } from '@/lib/i18n/server';

// proxy.ts already sent visitors without a session to /login; this also catches
// a disabled account whose session cookie is still valid.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const [user, locale] = await Promise.all([getCurrentUser(), getLocale()]);
  if (!user) redirect('/login');
  return (
    <Providers locale={locale} user={{ email: user.email, name: user.name, role: user.role }}>
      <div className="flex min-h-screen">
        <Sidebar role={user.role} />
        <div className="flex min-w-0 flex-1 flex-col">{children}</div>
      </div>
    </Providers>
  );
}
