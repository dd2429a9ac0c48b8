'use client';
// The console's buttons. A button the user's role may not use stays visible,
// disabled, with the reason beside it — the server refuses it regardless.
import type { Role } from '@/lib/auth/roles';
import { useCan } from '@/lib/client/current-user';
import { useI18n } from '@/lib/i18n/client';

const VARIANTS = {
  primary: 'bg-slate-900 text-white hover:bg-slate-800 disabled:bg-slate-400',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400',
  danger: 'bg-rose-700 text-white hover:bg-rose-600 disabled:bg-rose-300',
  ghost: 'text-slate-700 hover:bg-slate-100 disabled:text-slate-400',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  pending?: boolean;
  /** The role this action needs: below it the button is disabled and says why. */
  role?: Role;
};

export function Button({ variant = 'secondary', pending = false, role, disabled, children, className = '', ...rest }: Props) {
  const { t } = useI18n();
  const allowed = useCan(role ?? 'viewer');
  const button = (
    <button
      type="button"
      {...rest}
      disabled={disabled || pending || !allowed}
      aria-busy={pending || undefined}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
    >
      {pending && <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-current border-r-transparent" />}
      {children}
    </button>
  );
  if (allowed || !role) return button;
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      {button}
      <span className="text-xs text-slate-500">{t.common.needsRole(t.common.roles[role])}</span>
    </span>
  );
}
