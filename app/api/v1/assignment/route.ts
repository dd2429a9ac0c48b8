import { assignment } from '@/lib/api/contracts/dashboards';
import { endpoint } from '@/lib/api/endpoint';
import { getAssignment, parseDashboardFilters } from '@/lib/dashboards';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(assignment, async ({ request }) =>
  getAssignment((await getDatabase()).sql, parseDashboardFilters(new URL(request.url).searchParams)));
