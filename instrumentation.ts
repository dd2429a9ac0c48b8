// Runs once when the Next.js server starts: the console hosts a job worker,
// so refreshes and schedules run without a separate process (PULSO_WORKER=off
// leaves them to `npm run worker`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startConsoleWorker } = await import('./lib/etl/console-worker');
  await startConsoleWorker();
}
