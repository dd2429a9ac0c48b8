'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/lib/auth/actions';
import { useI18n } from '@/lib/i18n/client';
import type { Messages } from '@/lib/i18n/messages';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null });
  return (
    <form action={action} className="space-y-4" aria-describedby={state.error ? 'sign-in-error' : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label={t.auth.email} name="email" type="email" autoComplete="username" defaultValue={state.email} />
      <Field label={t.auth.password} name="password" type="password" autoComplete="current-password" />
      {state.error && (
        <p id="sign-in-error" role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {state.error === 'rate_limited' ? t.auth.rateLimited(formatWait(t.auth, state.retryAfterSeconds ?? 60)) : t.auth.invalid}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-60"
      >
        {pending ? t.auth.submitting : t.auth.submit}
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

function formatWait(m: Messages['auth'], seconds: number) {
  return seconds < 90 ? m.seconds(seconds) : m.minutes(Math.ceil(seconds / 60));
}
