// What a request calls. Today: Pulso's query functions in this process,
// reading through rollups (Pulso) or the marts alone (plain). Once the API
// exists, an HTTP target (a fetch of /api/v1/<endpoint>?<filtersToSearchParams>)
// implements the same interface and the measurement loop stays as it is.
import type { Database } from '../../lib/db/client';
import type { DashboardFilters } from '../../lib/dashboards/filters';
import { getAssignment } from '../../lib/dashboards/queries/assignment';
import { getDashboard } from '../../lib/dashboards/queries/dashboard';
import { getEvolution } from '../../lib/dashboards/queries/evolution';
import { getFilterOptions } from '../../lib/dashboards/queries/filter-options';
import { getOperation } from '../../lib/dashboards/queries/operation';
import { getProductivity } from '../../lib/dashboards/queries/productivity';
import type { Endpoint } from './scenarios';

export interface Target {
  name: string;
  call(endpoint: Endpoint, filters: DashboardFilters): Promise<unknown>;
}

export function functionTarget(name: string, db: Database, rollups: boolean): Target {
  const options = { rollups };
  const calls: Record<Endpoint, (f: DashboardFilters) => Promise<unknown>> = {
    dashboard: (f) => getDashboard(db.sql, f, options),
    evolution: (f) => getEvolution(db.sql, f), // reads evolution_data by index alone: no rollup
    assignment: (f) => getAssignment(db.sql, f),
    operation: (f) => getOperation(db.sql, f, options),
    productivity: (f) => getProductivity(db.sql, f, options),
    filters: (f) => getFilterOptions(db.sql, f, options),
  };
  return { name, call: (endpoint, filters) => calls[endpoint](filters) };
}
