// The current language on the server: from the cookie, else Spanish.
import { cookies } from 'next/headers';
import { cache } from 'react';
import { formatters } from './format';
import { LOCALE_COOKIE, toLocale, type Locale } from './locales';
import { MESSAGES } from './messages';

export const getLocale = cache(async (): Promise<Locale> => toLocale((await cookies()).get(LOCALE_COOKIE)?.value));

export async function getI18n() {
  const locale = await getLocale();
  return { locale, t: MESSAGES[locale], fmt: formatters(locale) };
}
