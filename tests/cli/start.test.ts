// `npm start` must fail fast with a clear message when it cannot get a database.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports';

describe('npm start', () => {
  it('stops before building when the embedded port is taken, naming the port and the fix', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const run = promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['cli/start.ts'], {
        env: {
          ...process.env,
          DATABASE_URL: '',
          PULSO_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pulso-start-')),
          PULSO_EMBEDDED_PORT: String(port),
        },
      });
      const failure = (await run.catch((e) => e)) as { code: number; stdout: string; stderr: string };
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain(`Port ${port} is already in use`);
      expect(failure.stderr).toContain('PULSO_EMBEDDED_PORT');
      expect(failure.stderr).not.toMatch(/^\s+at /m);
      expect(failure.stdout).not.toContain('building the console');
    } finally {
      blocker.close();
    }
  });
});
