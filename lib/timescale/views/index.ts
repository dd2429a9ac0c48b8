// The TimescaleDB admin views (SPEC §7), one read function each, for the
// /api/v1/timescale routes and the console's TimescaleDB pages.
export { readChunks, type ChunkFilter, type ChunkRow, type ChunksView } from './chunks';
export { readCompressionStats, type CompressionRow, type CompressionView } from './compression';
export {
  readContinuousAggregates, type ContinuousAggregateRow, type ContinuousAggregatesView,
} from './continuous-aggregates';
export { readHypertables, type HypertableRow, type HypertablesView } from './hypertables';
export { readJobs, type JobErrorRow, type JobRow, type JobsView } from './jobs';
export { PULSO_RETENTION_EVERY, readPolicies, type PolicyRow, type PoliciesView } from './policies';
export type { AdminView, AvailableView, Feature, UnavailableView } from './view';
