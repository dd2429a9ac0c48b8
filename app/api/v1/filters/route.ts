import { filterOptions } from '@/lib/api/contracts/dashboards';
import { endpoint } from '@/lib/api/endpoint';
import { configuredReads, getFilterOptions, parseDashboardFilters } from '@/lib/dashboards';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(filterOptions, async ({ request }) =>
  getFilterOptions((await getDatabase()).sql, parseDashboardFilters(new URL(request.url).searchParams), configuredReads()));
