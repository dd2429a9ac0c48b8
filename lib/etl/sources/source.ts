// What every source (BigQuery in production, the demo generator on the
// embedded default) offers the ETL: rows of one table inside a date window,
// streamed in batches so memory stays bounded whatever the window's size.
import { ActionableError } from '../../errors';
import type { MartTable } from '../config';

/** Inclusive dates (YYYY-MM-DD) of the incremental column; `start: null` means everything. */
export interface ExtractWindow {
  table: MartTable;
  start: string | null;
  end: string;
}

/**
 * One value as the source hands it over. Sources pass values through without
 * coercion (INT64 and NUMERIC as strings, DATE as YYYY-MM-DD); the loader
 * validates them against the target column and rejects what cannot be stored.
 */
export type SourceValue = string | number | boolean | null | undefined;
export type SourceRow = Record<string, SourceValue>;

export interface ExtractOptions {
  /** Rows per yielded batch (the table's configured batch size). */
  batchSize: number;
  /** Aborts a running extraction (cancel, or the run's timeout). */
  signal?: AbortSignal;
  /** Labels to attach to the source job (BigQuery job labels). */
  labels?: Record<string, string>;
}

export interface SourceEstimate {
  rows?: number;
  bytes?: number;
}

export interface Source {
  readonly kind: 'bigquery' | 'demo';
  /** Human-readable description for the console (project.dataset, or "demo"). */
  readonly description: string;
  extract(window: ExtractWindow, options: ExtractOptions): AsyncIterable<SourceRow[]>;
  /** The query text stored on the run (source_query), with its parameters. */
  describeQuery(window: ExtractWindow): string;
  /** A cheap estimate of what `extract` will return, for progress and cost. */
  estimate(window: ExtractWindow): Promise<SourceEstimate>;
  /** Connectivity check (`SELECT 1` on BigQuery). */
  test(): Promise<{ ok: true; detail: string }>;
}

/**
 * A source failure worth retrying (5xx, rate limits, timeouts, dropped
 * connections). Anything else fails the run at once.
 */
export class TransientSourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientSourceError';
  }
}

/** A source that cannot work as configured (credentials, permissions, relation). */
export class SourceConfigError extends ActionableError {}
