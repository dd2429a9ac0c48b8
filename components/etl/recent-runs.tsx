'use client';
// A table's last ten runs (live with the table's detail), and the way to the rest.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { Run } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { RunsTable } from './runs-table';

export function RecentRuns({ table, runs }: { table: string; runs: Run[] }) {
  const { t } = useI18n();
  return (
    <Card
      title={t.etl.table.recent}
      description={t.etl.table.recentDescription}
      actions={<Link href={`/etl/runs?table=${table}`} className="text-sm text-sky-800 underline underline-offset-2">{t.etl.table.allRuns}</Link>}
    >
      {runs.length === 0 ? <p className="text-sm text-slate-500">{t.common.states.empty}</p> : <RunsTable caption={t.etl.table.recent} runs={runs} showTable={false} />}
    </Card>
  );
}
