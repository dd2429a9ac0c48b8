// The two view options beside the filters: which metric the evolution chart
// draws (?metrica=) and which page of the ranking (?limit=&offset=). Bad
// values raise the same typed error as the filters, for the same 400.
import { z } from 'zod';
import { DashboardFilterError } from './filters';
import { EVOLUTION_METRICS, type EvolutionMetricName } from './types';

export const MAX_RANKING_PAGE = 1000;
/** The heatmap shows the month up to the period's end, for the best agents of the page. */
export const HEATMAP_DAYS = 31;
export const HEATMAP_AGENTS = 25;

const metric = z.enum(EVOLUTION_METRICS, {
  error: (issue) => `${JSON.stringify(issue.input)} is not one of ${EVOLUTION_METRICS.join(', ')}`,
});
const whole = (max: number) => z.coerce.number({ error: 'is not a number' })
  .int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }).max(max, { error: `must be at most ${max}` });

function parse<T>(schema: z.ZodType<T>, params: URLSearchParams, keys: string[]): T {
  const raw = Object.fromEntries(keys.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new DashboardFilterError(parsed.error.issues.map((i) => ({ param: String(i.path[0]), message: i.message })));
}

/** ?metrica=pctCober (default pctContac). */
export function parseEvolutionMetric(params: URLSearchParams): EvolutionMetricName {
  return parse(z.object({ metrica: metric.default('pctContac') }), params, ['metrica']).metrica;
}

/** ?limit=50&offset=100 (default the first 100 agents). */
export function parseRankingPage(params: URLSearchParams): { limit: number; offset: number } {
  const schema = z.object({ limit: whole(MAX_RANKING_PAGE).min(1, { error: 'must be at least 1' }).default(100), offset: whole(1_000_000).default(0) });
  return parse(schema, params, ['limit', 'offset']);
}
