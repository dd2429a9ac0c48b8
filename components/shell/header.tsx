import { signOutAction } from '@/lib/auth/actions';
import type { ConsoleUser } from '@/lib/auth/session';

const ROLE_LABEL = { viewer: 'lector', operator: 'operador', admin: 'administrador' } as const;

export function Header({ title, user }: { title: string; user: ConsoleUser | null }) {
  return (
    <header className="flex items-center justify-between border-b border-slate-200 bg-white px-8 py-4">
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      {user && (
        <form action={signOutAction} className="flex items-center gap-3 text-sm">
          <span className="text-slate-600" data-testid="current-user">
            {user.email} · <span className="font-medium text-slate-800">{ROLE_LABEL[user.role]}</span>
          </span>
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-50">
            Salir
          </button>
        </form>
      )}
    </header>
  );
}
