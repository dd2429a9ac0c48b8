// The extract step: stream the source's window through validation into the
// run's staging table, retrying transient source errors from scratch with
// exponential backoff, and counting what was rejected.
import type postgres from 'postgres';
import { columnsOf } from './columns';
import { TABLES, type MartTable } from './config';
import { rowEncoder, type Rejection } from './rows';
import { TransientSourceError, type Source } from './sources/source';
import { copyLines, stagingColumns } from './staging';

export const MAX_REJECTED_SHARE = 0.01;
export const REJECTED_SAMPLES = 20;

/** Counters the run's heartbeat reports while the extraction streams. */
export interface ExtractCounters {
  extracted: number;
  rejected: number;
  attempts: number;
  /** The newest incremental-column value accepted: what the watermark advances to. */
  newest: string | null;
}

export interface ExtractInput {
  runId: string;
  source: Source;
  window: { table: MartTable; start: string | null; end: string };
  retries: { tries: number; baseDelayMs: number };
  signal: AbortSignal;
}

/**
 * Streams the window, validated and encoded as COPY lines, into `load` — once
 * per attempt: a transient source error starts over from scratch after an
 * exponential backoff. Returns the first rejected rows, with the reasons.
 */
export async function extract(
  input: ExtractInput,
  counters: ExtractCounters,
  load: (lines: AsyncIterable<string[]>) => Promise<void>,
  options: { sequence: boolean },
): Promise<Rejection[]> {
  const { tries, baseDelayMs } = input.retries;
  for (let attempt = 1; ; attempt++) {
    const rejections: Rejection[] = [];
    Object.assign(counters, { extracted: 0, rejected: 0, attempts: attempt, newest: null });
    try {
      await load(encodeBatches(input, counters, rejections, options.sequence));
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

/** The usual path: the run's own staging table, emptied before each attempt. */
export function extractToStaging(input: ExtractInput, counters: ExtractCounters, conn: postgres.ReservedSql, staging: string) {
  const columns = stagingColumns(input.window.table);
  return extract(input, counters, async (lines) => {
    await conn.unsafe(`TRUNCATE ${staging}`);
    await copyLines(conn, staging, columns, lines);
  }, { sequence: true });
}

async function* encodeBatches(
  input: ExtractInput,
  counters: ExtractCounters,
  rejections: Rejection[],
  sequence: boolean,
): AsyncIterable<string[]> {
  const { window, signal } = input;
  const config = TABLES[window.table];
  const encoder = rowEncoder(columnsOf(window.table), config.incrementalColumn, window);
  const options = { batchSize: config.batchSize, signal, labels: { run_id: input.runId } };
  for await (const rows of input.source.extract(window, options)) {
    signal.throwIfAborted();
    const lines: string[] = [];
    for (const row of rows) {
      const seq = counters.extracted++;
      const encoded = encoder.encode(row, sequence ? seq : undefined);
      if (typeof encoded === 'string') {
        lines.push(encoded);
        const value = row[config.incrementalColumn] as string;
        if (counters.newest === null || value > counters.newest) counters.newest = value;
      } else {
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
