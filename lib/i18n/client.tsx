'use client';
// The current language in client components, handed down once by the layout.
import { createContext, useContext } from 'react';
import { formatters } from './format';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { MESSAGES } from './messages';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useI18n() {
  const locale = useContext(LocaleContext);
  return { locale, t: MESSAGES[locale], fmt: formatters(locale) };
}
