// How a query reads: from Pulso's rollups where they can answer it (the
// default), or from the marts alone — the plain query, kept as the reference
// the rollups are tested and benchmarked against.
export interface ReadOptions {
  /** false reads only the mart tables (no rollups). */
  rollups?: boolean;
}

export const usesRollups = (options: ReadOptions) => options.rollups !== false;
