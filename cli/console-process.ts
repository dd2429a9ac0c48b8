// The built console, served as `npm start` serves it (cli/serve.ts), as a
// child process on a free loopback port with the environment it is given:
// what the HTTP tests and the dashboard latency benchmark talk to. The caller
// builds it first (ensureBuilt).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../lib/net/ports';

export interface ConsoleProcess {
  url: string;
  /** The server's process id (for measuring its CPU time). */
  pid: number;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function startConsoleProcess(env: Record<string, string>, startTimeoutMs = 60_000): Promise<ConsoleProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('cli', 'serve.ts')], {
    // The job worker stays off unless asked for: these consoles only answer requests.
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PULSO_WORKER: 'off', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => child.on('exit', (code) => resolve(void (exitCode = code))));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exitCode === undefined) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + startTimeoutMs;
  while (!(await fetch(`${url}/api/health`).catch(() => null))?.ok) {
    if (exitCode !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(`The console did not start on ${url}${exitCode !== undefined ? ` (exit ${exitCode})` : ` within ${startTimeoutMs} ms`}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid!, output: () => output, stop };
}
