'use client';
// A table's last ten runs (live with the table's detail), and the way to the rest.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { QueryState } from '@/components/ui/query-state';
import { useTableDetail } from '@/lib/client/etl';
import type { MartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { RunsTable } from './runs-table';

export function RecentRuns({ table }: { table: MartTable }) {
  const { t } = useI18n();
  const detail = useTableDetail(table); // the same live query as the table's state
  return (
    <Card
      title={t.etl.table.recent}
      description={t.etl.table.recentDescription}
      actions={<Link href={`/etl/runs?table=${table}`} className="text-sm text-sky-800 underline underline-offset-2">{t.etl.table.allRuns}</Link>}
    >
      <QueryState query={detail}>
        {({ recentRuns }) => recentRuns.length === 0
          ? <p className="text-sm text-slate-500">{t.common.states.empty}</p>
          : <RunsTable caption={t.etl.table.recent} runs={recentRuns} showTable={false} />}
      </QueryState>
    </Card>
  );
}
