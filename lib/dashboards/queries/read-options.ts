// How a query reads: from Pulso's rollups where they can answer it (the
// default), or from the marts alone — the plain query, kept as the reference
// the rollups are tested and benchmarked against.
import { env } from '../../env';

export interface ReadOptions {
  /** false reads only the mart tables (no rollups). */
  rollups?: boolean;
}

export const usesRollups = (options: ReadOptions) => options.rollups !== false;

/** As the environment says (PULSO_DASHBOARD_READS): the API's reads. */
export function configuredReads(): ReadOptions {
  return { rollups: env().PULSO_DASHBOARD_READS === 'rollups' };
}
