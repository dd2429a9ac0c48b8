import type { ConsoleUser } from '@/lib/auth/session';

export function Header({ title, user }: { title: string; user: ConsoleUser | null }) {
  return (
    <header className="flex items-center justify-between border-b border-slate-200 bg-white px-8 py-4">
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      {/* Sign-in lands here: the user menu replaces this note. */}
      <p className="text-sm text-slate-500">{user ? `${user.email} · ${user.role}` : 'Acceso local, sin inicio de sesión'}</p>
    </header>
  );
}
