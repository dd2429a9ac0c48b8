// What the load is sent to. The headline: the console over HTTP
// (GET /api/v1/<endpoint>?<filters>, as a page asks it). Beside it, Pulso's
// query functions called in this process, which leaves out HTTP, auth and
// JSON: the difference is what the server adds around the database.
import type { Database } from '../../lib/db/client';
import { filtersToSearchParams, type DashboardFilters } from '../../lib/dashboards/filters';
import { getAssignment } from '../../lib/dashboards/queries/assignment';
import { getDashboard } from '../../lib/dashboards/queries/dashboard';
import { getEvolution } from '../../lib/dashboards/queries/evolution';
import { getFilterOptions } from '../../lib/dashboards/queries/filter-options';
import { getOperation } from '../../lib/dashboards/queries/operation';
import { getProductivity } from '../../lib/dashboards/queries/productivity';
import type { BenchConsole } from './consoles';
import { httpLoad } from './http-load';
import { runLoad, type Latencies, type LoadOptions } from './load';
import { requestFilters, type Endpoint } from './scenarios';

export interface Target {
  name: string;
  measure(endpoint: Endpoint, load: LoadOptions): Promise<Latencies>;
}

/** Request i of an endpoint: its scenario's filters on its day (see scenarios.ts). */
const filtersOf = (endpoint: Endpoint, i: number, lastDay: string) => requestFilters(endpoint, i, lastDay).filters;

export function httpTarget(target: BenchConsole, lastDay: string): Target {
  return {
    name: target.name,
    measure: (endpoint, load) => httpLoad(target.url, target.token, (i) => {
      const query = filtersToSearchParams(filtersOf(endpoint, i, lastDay)).toString();
      return `/api/v1/${endpoint}${query ? `?${query}` : ''}`;
    }, load, target.meter),
  };
}

export function functionTarget(name: string, db: Database, rollups: boolean, lastDay: string): Target {
  const options = { rollups };
  const calls: Record<Endpoint, (f: DashboardFilters) => Promise<unknown>> = {
    dashboard: (f) => getDashboard(db.sql, f, options),
    evolution: (f) => getEvolution(db.sql, f), // reads evolution_data by index alone: no rollup
    assignment: (f) => getAssignment(db.sql, f),
    operation: (f) => getOperation(db.sql, f, options),
    productivity: (f) => getProductivity(db.sql, f, options),
    filters: (f) => getFilterOptions(db.sql, f, options),
  };
  return { name, measure: (endpoint, load) => runLoad((i) => calls[endpoint](filtersOf(endpoint, i, lastDay)), load) };
}
