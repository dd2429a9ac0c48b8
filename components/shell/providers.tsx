'use client';
// Client-side context for every console page: live data (react-query), the
// language, and who is signed in.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { CurrentUserProvider, type ClientUser } from '@/lib/client/current-user';
import { LocaleProvider } from '@/lib/i18n/client';
import type { Locale } from '@/lib/i18n/locales';

export function Providers({ locale, user, children }: { locale: Locale; user: ClientUser; children: React.ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1, refetchOnWindowFocus: true } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider locale={locale}>
        <CurrentUserProvider user={user}>{children}</CurrentUserProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
