// `npm start` / `npm run dev`: start (or reuse) the database, apply pending
// migrations, build the console when its sources changed, then serve it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { databaseUrl, openDatabase, stopEmbedded } from '../lib/db/client';
import { redactUrl } from '../lib/db/connection-error';
import { ensureFirstAdmin, type FirstAdmin } from '../lib/auth/first-admin';
import { authSecret } from '../lib/auth/secret';
import { applyPending } from '../lib/db/migrations';
import { env } from '../lib/env';
import { ActionableError } from '../lib/errors';
import { isPortFree } from '../lib/net/ports';
import { needsBuild } from './build';
import { printError } from './run';

const dev = process.argv.includes('--dev');

async function main() {
  const { externalDatabaseUrl, PULSO_DATA_DIR, PORT, HOST, AUTH_SECRET, PULSO_ADMIN_EMAIL, PULSO_ADMIN_PASSWORD } = env();
  if (!(await isPortFree(PORT, HOST))) {
    throw new ActionableError(`Port ${PORT} is already in use (another Pulso console?).`, 'Stop it, or set PORT to a free port.');
  }
  const url = await databaseUrl();
  console.log(
    externalDatabaseUrl
      ? `▸ PostgreSQL: ${redactUrl(url)}`
      : `▸ PostgreSQL: embedded, data in ${path.resolve(PULSO_DATA_DIR)} (port ${new URL(url).port})`,
  );

  const database = await openDatabase(url);
  for (const tag of await applyPending(database.runner)) console.log(`▸ applied migration ${tag}`);
  printFirstAdmin(await ensureFirstAdmin(database.db, { email: PULSO_ADMIN_EMAIL, password: PULSO_ADMIN_PASSWORD, embedded: !externalDatabaseUrl }));
  await database.close();

  if (!dev && needsBuild()) {
    console.log('▸ building the console (first start or sources changed)…');
    const built = await run(path.resolve('node_modules', '.bin', 'next'), ['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
    if (built !== 0) throw new Error('The console did not build (see the errors above); nothing was started.');
  }
  console.log(`▸ console: http://${HOST === '127.0.0.1' ? 'localhost' : HOST}:${PORT}`);
  // The server inherits the resolved URL, and knows whether it is the embedded one.
  const serverEnv = {
    ...process.env,
    DATABASE_URL: url,
    PULSO_EMBEDDED: externalDatabaseUrl ? '0' : '1',
    AUTH_SECRET: await authSecret(AUTH_SECRET, PULSO_DATA_DIR),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // Development runs `next dev` as it is (loopback, for one developer); production runs
  // cli/serve.ts, which decides the address each request comes from.
  const code = dev
    ? await run(path.resolve('node_modules', '.bin', 'next'), ['dev', '-p', String(PORT), '-H', HOST], serverEnv)
    : await run(process.execPath, ['--import', 'tsx', 'cli/serve.ts'], { ...serverEnv, NODE_ENV: 'production', PORT: String(PORT), HOST });
  await stopEmbedded();
  process.exit(code);
}

function printFirstAdmin(admin: FirstAdmin) {
  if (admin.status === 'none') console.log(`▸ ${admin.hint}`);
  if (admin.status !== 'created') return;
  if (!admin.generatedPassword) return console.log(`▸ created the admin ${admin.email} (PULSO_ADMIN_EMAIL)`);
  // Shown this once and stored nowhere but as a hash: the only way to sign in the first time.
  console.log(`▸ created the first admin — sign in with:\n    e-mail:   ${admin.email}\n    password: ${admin.generatedPassword}\n  (shown only now; change it with \`npm run user -- password ${admin.email}\`)`);
}

function run(command: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: childEnv });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

main().catch(async (error) => {
  printError(error);
  await stopEmbedded().catch(() => {});
  process.exit(1);
});
