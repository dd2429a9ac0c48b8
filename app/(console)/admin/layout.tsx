import { redirect } from 'next/navigation';
import { AdminOnly } from '@/components/admin/admin-only';
import { hasRole } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';

// The admin pages, for admins only — decided here, on the server. Their pages
// read nothing on the server: their data comes from the admin API, which
// refuses anyone else (403) on its own.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  if (!hasRole(user.role, 'admin')) return <AdminOnly role={user.role} />;
  return children;
}
