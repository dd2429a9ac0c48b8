// The job queue as the console's route handlers use it: to send work, not to
// do it. It reuses the console worker's connection when there is one, and
// otherwise opens a queue that only sends (PULSO_WORKER=off).
import type PgBoss from 'pg-boss';
import { getDatabase } from '../db/client';
import { consoleWorker } from './console-worker';
import { openJobQueue } from './jobs';

const shared = globalThis as unknown as { pulsoQueue?: Promise<PgBoss> };

export function getJobQueue(): Promise<PgBoss> {
  shared.pulsoQueue ??= (async () => {
    const worker = await consoleWorker();
    return worker?.boss ?? openJobQueue((await getDatabase()).url);
  })().catch((error) => {
    shared.pulsoQueue = undefined; // the next request tries again
    throw error;
  });
  return shared.pulsoQueue;
}
