'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/lib/auth/actions';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null });
  return (
    <form action={action} className="space-y-4" aria-describedby={state.error ? 'sign-in-error' : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Correo electrónico" name="email" type="email" autoComplete="username" defaultValue={state.email} />
      <Field label="Contraseña" name="password" type="password" autoComplete="current-password" />
      {state.error && (
        <p id="sign-in-error" role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {state.error === 'rate_limited'
            ? `Demasiados intentos fallidos. Vuelve a intentarlo en ${formatWait(state.retryAfterSeconds ?? 60)}.`
            : 'Correo o contraseña incorrectos.'}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-60"
      >
        {pending ? 'Ingresando…' : 'Ingresar'}
      </button>
    </form>
  );
}

function Field({ label, ...input }: { label: string; name: string; type: string; autoComplete: string; defaultValue?: string }) {
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-800">{label}</span>
      <input
        {...input}
        required
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30"
      />
    </label>
  );
}

function formatWait(seconds: number) {
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}
