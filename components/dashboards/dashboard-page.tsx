// The five dashboard pages are one shape: the header in the user's language,
// then the live view, which reads its filters from the URL (hence Suspense).
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Header } from '@/components/shell/header';
import type { Messages } from '@/lib/i18n/messages';
import { getI18n } from '@/lib/i18n/server';

type PageKey = keyof Messages['dashboards']['pages'];

export function dashboardMetadata(key: PageKey) {
  return async (): Promise<Metadata> => ({ title: (await getI18n()).t.dashboards.pages[key][0] });
}

export function dashboardPage(key: PageKey, View: React.ComponentType) {
  return async function DashboardPage() {
    const [title, description] = (await getI18n()).t.dashboards.pages[key];
    return (
      <>
        <Header title={title} description={description} />
        <main className="p-8">
          <Suspense><View /></Suspense>
        </main>
      </>
    );
  };
}
