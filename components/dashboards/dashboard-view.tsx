'use client';
// What every dashboard page shares: the filters (from the URL), the period
// the answer covers, and its data from /api/v1 — kept on screen while a new
// filter loads, so the figures change in place instead of flashing.
import type { UseQueryResult } from '@tanstack/react-query';
import { Notice } from '@/components/ui/notice';
import { QueryState } from '@/components/ui/query-state';
import { useDashboard, useFilterOptions, useUrlFilters, type DashboardEndpoint, type UrlFilters } from '@/lib/client/dashboards';
import type { DateSelection } from '@/lib/dashboards/filters';
import type { Period } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { FilterBar } from './filter-bar';

interface Props<T> {
  dashboard: DashboardEndpoint;
  /** The view's own parameters read from the URL (the evolution metric, the ranking page). */
  view?: (params: URLSearchParams) => Record<string, string | number>;
  /** The period the answer covers, to say it above the figures; null: nothing loaded yet. */
  periodOf: (data: T) => Period | null;
  /** Says the period in the dashboard's own terms instead (asignación speaks of months). */
  describePeriod?: (data: T) => string;
  children: (data: T, url: UrlFilters) => React.ReactNode;
}

export function DashboardView<T>({ dashboard, view, periodOf, describePeriod, children }: Props<T>) {
  const { t } = useI18n();
  const url = useUrlFilters();
  const options = useFilterOptions(url.filters);
  const query = useDashboard<T>(dashboard, url.filters, view?.(url.params));
  return (
    <div className="space-y-6">
      <FilterBar dashboard={dashboard} url={url} options={options.data} />
      {url.filters && (
        <QueryState query={query}>
          {(data) => {
            const period = periodOf(data);
            return (
              <div className="space-y-6" aria-busy={query.isFetching}>
                <PeriodLine period={period} text={describePeriod?.(data)} dates={url.filters!.dates} query={query} />
                {period ? children(data, url) : <Notice tone="info">{t.dashboards.period.empty}</Notice>}
              </div>
            );
          }}
        </QueryState>
      )}
    </div>
  );
}

function PeriodLine({ period, text: given, dates, query }: { period: Period | null; text?: string; dates: DateSelection; query: UseQueryResult<unknown> }) {
  const { t, fmt } = useI18n();
  const p = t.dashboards.period;
  if (!period) return null;
  const text = given ?? (period.desde !== period.hasta ? p.range(fmt.date(period.desde), fmt.date(period.hasta))
    : dates.kind === 'latest' ? p.latest(fmt.date(period.hasta)) : p.cutoff(fmt.date(period.hasta)));
  return (
    <p className="flex items-center gap-3 text-sm text-slate-600" aria-live="polite">
      <span data-testid="period" className="font-medium text-slate-800">{text}</span>
      {query.isFetching && <span className="animate-pulse text-slate-500">{p.updating}</span>}
    </p>
  );
}
