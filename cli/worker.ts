// `npm run worker`: a job worker without the console, sharing the queue with
// every other worker (the console runs one too unless PULSO_WORKER=off).
import { startConfiguredWorker } from '../lib/etl/worker';
import { withDatabase } from './run';

await withDatabase(async (database) => {
  const { worker, source } = await startConfiguredWorker(database);
  console.log(`▸ worker started (source: ${source.description}); Ctrl-C stops it after the runs in flight`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log('▸ stopping…');
  await worker.stop();
});
