'use server';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, toLocale } from './locales';

/** Remembers the language for a year; the page re-renders in it. */
export async function setLocaleAction(locale: string) {
  (await cookies()).set(LOCALE_COOKIE, toLocale(locale), { maxAge: 365 * 86_400, sameSite: 'lax', path: '/' });
}
