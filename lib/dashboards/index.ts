// The preview dashboards' data layer (SPEC §8): what route handlers and pages
// import. Each read takes the raw postgres.js connection (Database.sql) and
// the parsed filters, and returns the JSON the page renders.
export * from './types';
export { DashboardFilterError, FILTERS_BY_DASHBOARD, filtersToSearchParams, MAX_RANGE_DAYS, parseDashboardFilters } from './filters';
export type { Canal, Cartera, DashboardFilters, DateSelection, FilterIssue, Servicio } from './filters';
export { parseEvolutionMetric, parseRankingPage } from './view-options';
export { getAssignment } from './queries/assignment';
export { getDashboard } from './queries/dashboard';
export { getEvolution, MAX_EVOLUTION_SERIES } from './queries/evolution';
export { getFilterOptions } from './queries/filter-options';
export { getOperation } from './queries/operation';
export { getProductivity, HEATMAP_AGENTS, HEATMAP_DAYS } from './queries/productivity';
export { rebuildRollups } from './rollups';
export { configuredReads } from './queries/read-options';
