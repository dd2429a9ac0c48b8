import { productivity } from '@/lib/api/contracts/dashboards';
import { endpoint } from '@/lib/api/endpoint';
import { configuredReads, getProductivity, parseDashboardFilters, parseRankingPage } from '@/lib/dashboards';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(productivity, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  return getProductivity((await getDatabase()).sql, parseDashboardFilters(params), { ...parseRankingPage(params), ...configuredReads() });
});
