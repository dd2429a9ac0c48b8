import { redirect } from 'next/navigation';
import { Sidebar } from '@/components/shell/sidebar';
import { getCurrentUser } from '@/lib/auth/session';

// proxy.ts already sent visitors without a session to /login; this also catches
// a disabled account whose session cookie is still valid.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  if (!(await getCurrentUser())) redirect('/login');
  return (
    <div className="flex min-h-screen">
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">{children}</div>
    </div>
  );
}
