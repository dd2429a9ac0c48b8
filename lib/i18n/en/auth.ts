import type { auth as es } from '../es/auth';

export const auth: typeof es = {
  title: 'Sign in',
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  invalid: 'Wrong e-mail or password.',
  rateLimited: (wait: string) => `Too many failed attempts. Try again in ${wait}.`,
  seconds: (n: number) => `${n} s`,
  minutes: (n: number) => `${n} min`,
};
