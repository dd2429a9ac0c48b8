// `npm run worker`: a job worker without the console, sharing the queue with
// every other worker (the console runs one too unless PULSO_WORKER=off).
import { env } from '../lib/env';
import { sourceFromEnv } from '../lib/etl/sources';
import { startWorker } from '../lib/etl/worker';
import { withDatabase } from './run';

await withDatabase(async ({ sql, url }) => {
  const source = sourceFromEnv();
  const worker = await startWorker({ url, sql, source, concurrency: env().PULSO_WORKER_CONCURRENCY });
  console.log(`▸ worker started (source: ${source.description}); Ctrl-C stops it after the runs in flight`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log('▸ stopping…');
  await worker.stop();
});
