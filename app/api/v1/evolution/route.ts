import { evolution } from '@/lib/api/contracts/dashboards';
import { endpoint } from '@/lib/api/endpoint';
import { getEvolution, parseDashboardFilters, parseEvolutionMetric } from '@/lib/dashboards';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(evolution, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  return getEvolution((await getDatabase()).sql, parseDashboardFilters(params), { metric: parseEvolutionMetric(params) });
});
