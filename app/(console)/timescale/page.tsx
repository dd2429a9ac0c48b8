import type { Metadata } from 'next';
import { Header } from '@/components/shell/header';
import { AggregatesCard } from '@/components/timescale/aggregates-card';
import { ChunksCard } from '@/components/timescale/chunks-card';
import { CompressionCard } from '@/components/timescale/compression-card';
import { EditionSummary } from '@/components/timescale/edition-summary';
import { HypertablesCard } from '@/components/timescale/hypertables-card';
import { JobsCard } from '@/components/timescale/jobs-card';
import { PoliciesCard } from '@/components/timescale/policies-card';
import { Notice } from '@/components/ui/notice';
import { getDatabase } from '@/lib/db/client';
import { getI18n } from '@/lib/i18n/server';
import { detectCapabilities, type Capabilities } from '@/lib/timescale/capabilities';
import { HYPERTABLES } from '@/lib/timescale/plan';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.timescale.title };
}

export default async function TimescalePage({ searchParams }: { searchParams: Promise<{ hypertable?: string }> }) {
  const { t } = await getI18n();
  const hypertables = HYPERTABLES.map((h) => h.table as string);
  const picked = (await searchParams).hypertable;
  let caps: Capabilities;
  try {
    caps = await detectCapabilities((await getDatabase()).runner);
  } catch (error) {
    return (
      <>
        <Header title={t.timescale.title} description={t.timescale.description} />
        <main className="p-8"><Notice tone="error" title={t.database.unreachable.title}>{error instanceof Error ? error.message : String(error)}</Notice></main>
      </>
    );
  }
  const kind = { edition: caps.edition, extensionAvailable: caps.available };
  return (
    <>
      <Header title={t.timescale.title} description={t.timescale.description} />
      <main className="space-y-6 p-8">
        <EditionSummary caps={caps} />
        <HypertablesCard kind={kind} />
        <ChunksCard kind={kind} hypertables={hypertables} initial={picked && hypertables.includes(picked) ? picked : null} />
        <PoliciesCard kind={kind} />
        <JobsCard kind={kind} />
        <CompressionCard kind={kind} />
        <AggregatesCard kind={kind} />
      </main>
    </>
  );
}
