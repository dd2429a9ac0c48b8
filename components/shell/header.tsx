import { signOutAction } from '@/lib/auth/actions';
import { getCurrentUser } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { LanguageSwitch } from './language-switch';

/** The page's title bar: what this page is, who is signed in, the language. */
export async function Header({ title, description, actions }: { title: string; description?: string; actions?: React.ReactNode }) {
  const [user, { t }] = await Promise.all([getCurrentUser(), getI18n()]);
  return (
    <header className="border-b border-slate-200 bg-white px-8 py-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          {description && <p className="mt-0.5 text-sm text-slate-500">{description}</p>}
        </div>
        <div className="flex items-center gap-3">
          {actions}
          <LanguageSwitch />
          {user && (
            <form action={signOutAction} className="flex items-center gap-3 text-sm">
              <span className="text-slate-600" data-testid="current-user">
                {user.email} · <span className="font-medium text-slate-800">{t.common.roles[user.role]}</span>
              </span>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-50">
                {t.common.signOut}
              </button>
            </form>
          )}
        </div>
      </div>
    </header>
  );
}
