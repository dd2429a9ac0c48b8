// `npm start` must fail fast, before building, with a clear message when a port it needs is taken.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort, withBlockedPort } from '../helpers/ports';

function startPulso(env: Record<string, string>) {
  const run = promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['cli/start.ts'], {
    env: { ...process.env, DATABASE_URL: '', PULSO_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pulso-start-')), ...env },
  });
  return run.catch((e) => e) as Promise<{ code: number; stdout: string; stderr: string }>;
}

describe('npm start', () => {
  it('stops before building when the embedded port is taken, naming the port and the fix', async () => {
    await withBlockedPort(async (port) => {
      const failure = await startPulso({ PULSO_EMBEDDED_PORT: String(port), PORT: String(await freePort()) });
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain(`Port ${port} is already in use`);
      expect(failure.stderr).toContain('PULSO_EMBEDDED_PORT');
      expect(failure.stderr).not.toMatch(/^\s+at /m);
      expect(failure.stdout).not.toContain('building the console');
    });
  });

  it('says so when the console port is taken, before touching the database', async () => {
    await withBlockedPort(async (port) => {
      const failure = await startPulso({ PORT: String(port), PULSO_EMBEDDED_PORT: String(await freePort()) });
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain(`Port ${port} is already in use (another Pulso console?)`);
      expect(failure.stderr).toContain('set PORT');
      expect(failure.stdout).not.toContain('PostgreSQL');
    });
  });
});
