import { operation } from '@/lib/api/contracts/dashboards';
import { endpoint } from '@/lib/api/endpoint';
import { configuredReads, getOperation, parseDashboardFilters } from '@/lib/dashboards';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(operation, async ({ request }) =>
  getOperation((await getDatabase()).sql, parseDashboardFilters(new URL(request.url).searchParams), configuredReads()));
