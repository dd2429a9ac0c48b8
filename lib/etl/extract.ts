// The extract step: stream the source's window through validation into the
// run's staging table, retrying transient source errors from scratch with
// exponential backoff, and counting what was rejected.
import type postgres from 'postgres';
import { columnsOf } from './columns';
import { TABLES, type MartTable } from './config';
import { rowEncoder, type Rejection } from './rows';
import { TransientSourceError, type Source } from './sources/source';
import { copyLines } from './staging';

export const MAX_REJECTED_SHARE = 0.01;
export const REJECTED_SAMPLES = 20;

/** Counters the run's heartbeat reports while the extraction streams. */
export interface ExtractCounters {
  extracted: number;
  rejected: number;
  attempts: number;
}

export interface ExtractInput {
  runId: string;
  source: Source;
  conn: postgres.ReservedSql;
  staging: string;
  window: { table: MartTable; start: string | null; end: string };
  retries: { tries: number; baseDelayMs: number };
  signal: AbortSignal;
}

/** Fills the staging table; returns the first rejected rows, with the reasons. */
export async function extractToStaging(input: ExtractInput, counters: ExtractCounters): Promise<Rejection[]> {
  const { tries, baseDelayMs } = input.retries;
  for (let attempt = 1; ; attempt++) {
    const rejections: Rejection[] = [];
    Object.assign(counters, { extracted: 0, rejected: 0, attempts: attempt });
    try {
      await input.conn.unsafe(`TRUNCATE ${input.staging}`);
      await copyLines(input.conn, input.staging, input.window.table, encodeBatches(input, counters, rejections));
      if (counters.extracted > 0 && counters.rejected / counters.extracted > MAX_REJECTED_SHARE) {
        throw new RejectedRowsError(counters.rejected, counters.extracted, rejections);
      }
      return rejections;
    } catch (error) {
      if (!(error instanceof TransientSourceError) || attempt >= tries || input.signal.aborted) throw error;
      await sleep(baseDelayMs * 2 ** (attempt - 1), input.signal);
    }
  }
}

async function* encodeBatches(input: ExtractInput, counters: ExtractCounters, rejections: Rejection[]): AsyncIterable<string[]> {
  const { window, signal } = input;
  const config = TABLES[window.table];
  const encoder = rowEncoder(columnsOf(window.table), config.incrementalColumn, window);
  const options = { batchSize: config.batchSize, signal, labels: { run_id: input.runId } };
  for await (const rows of input.source.extract(window, options)) {
    signal.throwIfAborted();
    const lines: string[] = [];
    for (const row of rows) {
      const encoded = encoder.encode(row, counters.extracted++);
      if (typeof encoded === 'string') lines.push(encoded);
      else {
        counters.rejected++;
        if (rejections.length < REJECTED_SAMPLES) rejections.push(encoded);
      }
    }
    yield lines;
  }
}

export class RejectedRowsError extends Error {
  constructor(rejected: number, extracted: number, readonly samples: Rejection[]) {
    super(`${rejected} of ${extracted} rows were rejected (${((100 * rejected) / extracted).toFixed(1)} %, more than 1 %); see the samples in the run's metadata`);
    this.name = 'RejectedRowsError';
  }
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
