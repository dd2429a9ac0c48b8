// The README's API examples (the seed's curl commands with a token) work as
// printed: each one is run with curl against the built console.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, type TestConsole } from '../helpers/console';
import { tokenClient } from '../helpers/http';
import { waitFor } from '../helpers/wait';

let app: TestConsole;
let tokens: Record<string, string>;

/** The curl commands of the README's API section, continuation lines joined. */
function readmeCommands(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## The API'), readme.indexOf('\n## ', readme.indexOf('## The API') + 1));
  const blocks = [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith('curl '));
}

beforeAll(async () => {
  app = await startConsole({ PULSO_WORKER: 'on' });
  tokens = { PULSO_TOKEN: await app.token('operator', 'curl'), PULSO_ADMIN_TOKEN: await app.token('admin', 'curl-admin') };
}, 600_000);
afterAll(() => app?.stop());

describe('the README', () => {
  it('has curl examples whose every command works as printed', async () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThanOrEqual(9);
    const viewer = tokenClient(app.url, tokens.PULSO_TOKEN);
    const idle = () => waitFor(async () => (await viewer('GET', '/etl/status')).body.data.tables.every((t: { activeRun: unknown }) => !t.activeRun), 'runs to finish', 120_000, 250);
    for (const command of commands) {
      await idle(); // a person reads the answer before typing the next command
      const line = command.replaceAll('http://localhost:3000', app.url).replace(/^curl /, 'curl -sS ');
      const { stdout } = await promisify(execFile)('bash', ['-c', line], { env: { ...process.env, ...tokens } });
      const answer = JSON.parse(stdout);
      expect(answer, `${command}\n→ ${stdout}`).toMatchObject({ success: true, data: expect.anything() });
    }
  }, 300_000);
});
