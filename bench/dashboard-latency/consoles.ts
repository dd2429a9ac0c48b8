// The two consoles the HTTP and page measurements talk to, both the built
// app (`next start`) on loopback: Pulso's on its database, reading the
// rollups, and the plain one on the copy without indexes or rollups, reading
// the marts alone (PULSO_DASHBOARD_READS=marts). Each gets a viewer API token
// for this run (revoked at the end) and a viewer who signs in to the pages.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt } from '../../cli/build';
import { startConsoleProcess } from '../../cli/console-process';
import { createToken, revokeToken } from '../../lib/auth/tokens';
import { createUser, UserExistsError } from '../../lib/auth/users';
import type { Database } from '../../lib/db/client';
import { cpuMeter, type CpuMeter } from './cpu';

/** The viewer the page measurements sign in as (created once per database, kept with it). */
export const VIEWER = { email: 'bench-viewer@pulso.test', password: 'bench viewer password 2026' };

export interface BenchConsole {
  name: string;
  url: string;
  /** A viewer's bearer token. */
  token: string;
  output(): string;
  /** What its requests cost in CPU: the server process and its database's backends. */
  meter: CpuMeter;
}

export interface BenchConsoles {
  pulso: BenchConsole;
  plain: BenchConsole;
  /** The build both serve (another `next build` during the run would change what they serve). */
  buildId: string;
  stop(): Promise<void>;
}

export const currentBuildId = () => readFileSync(path.resolve('.next', 'BUILD_ID'), 'utf8').trim();

export async function startBenchConsoles(databases: { pulso: Database; plain: Database }, onStep: (s: string) => void): Promise<BenchConsoles> {
  const t0 = performance.now();
  await ensureBuilt();
  onStep(`console build ${currentBuildId()} ready in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const secret = randomBytes(32).toString('base64url');
  const started: { console: BenchConsole; stop(): Promise<void> }[] = [];
  try {
    for (const [name, db, reads] of [['Pulso', databases.pulso, 'rollups'], ['plain', databases.plain, 'marts']] as const) {
      await ensureViewer(db);
      const token = await createToken(db.db, { name: 'bench-dashboard-latency', role: 'viewer' }, null);
      const server = await startConsoleProcess({ DATABASE_URL: db.url, AUTH_SECRET: secret, PULSO_DASHBOARD_READS: reads });
      started.push({
        console: {
          name, url: server.url, token: token.secret, output: server.output,
          meter: cpuMeter(server.pid, db.sql, new URL(db.url).pathname.slice(1)),
        },
        stop: async () => {
          await server.stop();
          await revokeToken(db.db, token.token.id);
        },
      });
      onStep(`${name} console on ${server.url} (PULSO_DASHBOARD_READS=${reads})`);
    }
  } catch (error) {
    for (const s of started) await s.stop();
    throw error;
  }
  return {
    pulso: started[0].console,
    plain: started[1].console,
    buildId: currentBuildId(),
    stop: async () => {
      for (const s of started) await s.stop();
    },
  };
}

async function ensureViewer(db: Database) {
  try {
    await createUser(db.db, { ...VIEWER, role: 'viewer', name: 'Benchmark viewer' });
  } catch (error) {
    if (!(error instanceof UserExistsError)) throw error;
  }
}
