// The worker inside the console's server process: started once, stopped with
// the server; a failure to start is logged, never fatal to the console.
import { getDatabase } from '../db/client';
import { env } from '../env';
import { startConfiguredWorker, type Worker } from './worker';

const shared = globalThis as unknown as { pulsoWorker?: Promise<Worker | undefined> };

export function startConsoleWorker(): Promise<Worker | undefined> {
  if (env().PULSO_WORKER === 'off') return Promise.resolve(undefined);
  shared.pulsoWorker ??= (async () => {
    try {
      const { worker, source } = await startConfiguredWorker(await getDatabase());
      console.log(`▸ ETL worker started (source: ${source.description})`);
      const stop = () => void worker.stop().finally(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      return worker;
    } catch (error) {
      console.error(`▸ ETL worker did not start: ${error instanceof Error ? error.message : error}`);
      return undefined;
    }
  })();
  return shared.pulsoWorker;
}

/** The console's worker, if this process runs one. */
export async function consoleWorker(): Promise<Worker | undefined> {
  return shared.pulsoWorker;
}
