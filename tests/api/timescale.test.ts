// The TimescaleDB routes over HTTP: on plain PostgreSQL each view answers 200
// with what is missing and how to get it; on a TimescaleDB server (CI's apache
// edition) after the setup, hypertables and chunks are listed, and what the
// edition lacks is said, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSetup } from '../../lib/timescale/setup';
import { startConsole, type TestConsole } from '../helpers/console';
import { serverTimescaleEdition } from '../helpers/database';
import { tokenClient } from '../helpers/http';
import { insertDashboardDays } from '../helpers/timescale-fixtures';

const edition = await serverTimescaleEdition();
const VIEWS = ['hypertables', 'chunks', 'policies', 'compression', 'jobs', 'continuous-aggregates'];
let app: TestConsole;
let viewer: ReturnType<typeof tokenClient>;

beforeAll(async () => {
  app = await startConsole();
  viewer = tokenClient(app.url, await app.token('viewer'));
}, 600_000);
afterAll(() => app?.stop());

describe('TimescaleDB views over HTTP', () => {
  it('explain on plain PostgreSQL what is missing and how to get it', async () => {
    for (const view of VIEWS.filter((v) => v !== 'policies')) {
      const { status, body } = await viewer('GET', `/timescale/${view}`);
      expect(status, view).toBe(200);
      expect(body.data, view).toMatchObject({ available: false, edition: 'none', reason: expect.any(String), fix: expect.stringMatching(/TimescaleDB|db:setup/) });
    }
    const policies = (await viewer('GET', '/timescale/policies')).body.data;
    expect(policies.rows.find((r: { table: string; kind: string }) => r.table === 'dashboard_data' && r.kind === 'retention').summary).toMatch(/Enforced by Pulso every 6 hours with DELETE/);
  });

  it('show server settings beside the seed’s recommendations', async () => {
    const { body } = await viewer('GET', '/db/settings');
    expect(body.data.find((s: { name: string }) => s.name === 'work_mem')).toMatchObject({ recommended: '256MB', matches: expect.any(Boolean) });
  });

  it.runIf(edition === 'apache')('list hypertables and chunks after the setup, and say what the apache edition lacks', async () => {
    await insertDashboardDays(app.database.runner, 30);
    await runSetup(app.database.runner);
    const hypertables = (await viewer('GET', '/timescale/hypertables')).body.data;
    expect(hypertables.available).toBe(true);
    expect(hypertables.rows.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['dashboard_data', 'operation_data', 'etl_execution_log']));
    const chunks = (await viewer('GET', '/timescale/chunks?hypertable=dashboard_data&limit=3')).body.data;
    expect(chunks.rows).toHaveLength(3);
    expect(chunks.rows.every((c: { hypertable: string }) => c.hypertable === 'dashboard_data')).toBe(true);
    const compression = (await viewer('GET', '/timescale/compression')).body.data;
    expect(compression).toMatchObject({ available: false, edition: 'apache', fix: expect.stringMatching(/community/) });
    expect((await viewer('GET', '/timescale/chunks?hypertable=users')).status).toBe(400);
  });
});
