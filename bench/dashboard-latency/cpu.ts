// CPU time spent serving a load, read from /proc (Linux): the console's
// process and the PostgreSQL backends connected to its database. Per request,
// it says what bounds the throughput — and so, with a fixed number of
// clients in a closed loop, the latency.
import { readFileSync } from 'node:fs';
import type postgres from 'postgres';

/** USER_HZ: /proc counts CPU time in ticks of 10 ms on Linux. */
const TICK_MS = 10;

interface CpuSnapshot {
  server: number;
  backends: Map<number, number>;
}

/** Milliseconds of CPU per request between two snapshots; null where /proc cannot be read. */
export interface CpuPerRequest {
  server: number;
  database: number;
}

function cpuMs(pid: number): number | null {
  try {
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** Measures the CPU a console and its database's backends spend between start() and stop(). */
export interface CpuMeter {
  start(): Promise<void>;
  stop(requests: number): Promise<CpuPerRequest | null>;
}

export function cpuMeter(pid: number, sql: postgres.Sql, database: string): CpuMeter {
  let before: CpuSnapshot | null = null;
  return {
    start: async () => {
      before = await cpuSnapshot(pid, sql, database);
    },
    stop: (requests) => cpuPerRequest(before, pid, sql, database, requests),
  };
}

async function cpuSnapshot(pid: number, sql: postgres.Sql, database: string): Promise<CpuSnapshot | null> {
  const server = cpuMs(pid);
  if (server === null) return null;
  const rows = await sql<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = ${database} AND pid <> pg_backend_pid()`;
  const backends = new Map<number, number>();
  for (const row of rows) backends.set(row.pid, cpuMs(row.pid) ?? 0);
  return { server, backends };
}

async function cpuPerRequest(
  before: CpuSnapshot | null, pid: number, sql: postgres.Sql, database: string, requests: number,
): Promise<CpuPerRequest | null> {
  const after = before && (await cpuSnapshot(pid, sql, database));
  if (!before || !after || requests === 0) return null;
  let backendsMs = 0;
  // A backend opened during the load counts from zero; one closed during it is lost (pools keep theirs).
  for (const [backend, ms] of after.backends) backendsMs += ms - (before.backends.get(backend) ?? 0);
  return { server: (after.server - before.server) / requests, database: backendsMs / requests };
}
