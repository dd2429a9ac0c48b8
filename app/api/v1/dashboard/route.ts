import { dashboard } from '@/lib/api/contracts/dashboards';
import { endpoint } from '@/lib/api/endpoint';
import { configuredReads, getDashboard, parseDashboardFilters } from '@/lib/dashboards';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(dashboard, async ({ request }) =>
  getDashboard((await getDatabase()).sql, parseDashboardFilters(new URL(request.url).searchParams), configuredReads()));
