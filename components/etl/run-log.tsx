'use client';
// The execution log: the URL's filters, pages by cursor ("load more"), live.
import { useSearchParams } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { QueryState } from '@/components/ui/query-state';
import { useRunLog, type RunFilters } from '@/lib/client/etl';
import { addDays } from '@/lib/etl/window';
import { useI18n } from '@/lib/i18n/client';
import { RunsTable } from './runs-table';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Lima keeps UTC−5 all year: a picked day starts at its Lima midnight. */
const limaMidnight = (date: string) => `${date}T00:00:00-05:00`;

function filtersOf(params: URLSearchParams): RunFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    table: params.get('table') ?? undefined,
    status: params.get('status') ?? undefined,
    mode: params.get('mode') ?? undefined,
    trigger: params.get('trigger') ?? undefined,
    from: DATE.test(from) ? limaMidnight(from) : undefined,
    to: DATE.test(to) ? limaMidnight(addDays(to, 1)) : undefined,
  };
}

export function RunLog() {
  const { t } = useI18n();
  const params = useSearchParams();
  const log = useRunLog(filtersOf(params));
  return (
    <QueryState query={log}>
      {(data) => {
        const pages = data.pages.map((p) => p.runs);
        const count = pages.reduce((n, p) => n + p.length, 0);
        return (
          <div className="space-y-4">
            <p className="text-sm text-slate-600" role="status" data-testid="runs-count">{t.runs.log.shown(count, Boolean(log.hasNextPage))}</p>
            {count === 0 ? <p className="text-sm text-slate-500">{t.runs.log.empty}</p> : <RunsTable caption={t.runs.log.caption} pages={pages} />}
            {log.hasNextPage ? (
              <Button onClick={() => log.fetchNextPage()} pending={log.isFetchingNextPage}>{t.common.actions.loadMore}</Button>
            ) : count > 0 && <p className="text-xs text-slate-500">{t.runs.log.end}</p>}
          </div>
        );
      }}
    </QueryState>
  );
}
