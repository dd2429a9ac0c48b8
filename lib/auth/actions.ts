'use server';
// The console's two server actions: sign in (through next-auth, so the rate
// limit and the audit apply) and sign out. Next.js checks their Origin.
import { AuthError } from 'next-auth';
import { signIn, signOut } from './nextauth';

export interface SignInState {
  error: 'invalid' | 'rate_limited' | null;
  retryAfterSeconds?: number;
  email?: string;
}

/** Only paths of this console: a callbackUrl never sends someone elsewhere. */
function safeRedirect(value: FormDataEntryValue | null): string {
  const text = typeof value === 'string' ? value : '/';
  return text.startsWith('/') && !text.startsWith('//') && !text.startsWith('/\\') ? text : '/';
}

export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').slice(0, 254);
  try {
    await signIn('credentials', { email, password: String(form.get('password') ?? ''), redirectTo: safeRedirect(form.get('callbackUrl')) });
    return { error: null };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect of a successful sign-in
    const code = (error as AuthError & { code?: string }).code ?? '';
    if (code.startsWith('rate_limited:')) return { error: 'rate_limited', retryAfterSeconds: Number(code.split(':')[1]) || 60, email };
    return { error: 'invalid', email };
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: '/login' });
}
