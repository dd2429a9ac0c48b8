// Refreshing through the API with the console's own worker: a run is queued
// (202), a concurrent request for the same table gets that run (409), and the
// worker takes the run to success.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, type TestConsole } from '../helpers/console';
import { call, tokenClient } from '../helpers/http';
import { waitFor } from '../helpers/wait';

let app: TestConsole;
let operator: ReturnType<typeof tokenClient>;

beforeAll(async () => {
  // A worker inside the console, as on `npm start`: it loads every table once at start.
  app = await startConsole({ PULSO_WORKER: 'on' });
  operator = tokenClient(app.url, await app.token('operator', 'scheduler'));
}, 600_000);
afterAll(() => app?.stop());

describe('refresh through the API', () => {
  it('answers two concurrent requests for one table with one 202 and one 409 naming the same run', async () => {
    // Loaded once and idle: the worker may start a moment after the console answers.
    await waitFor(async () => (await operator('GET', '/etl/status')).body.data.tables
      .every((t: { activeRun: unknown; lastSuccessAt: string | null }) => t.lastSuccessAt && !t.activeRun), 'the start-up refreshes to finish', 120_000, 500);
    const [a, b] = await Promise.all([
      operator('POST', '/etl/refresh/table/assignment_data?force=true'),
      operator('POST', '/etl/refresh/table/assignment_data?force=true'),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([202, 409]);
    const [accepted, refused] = a.status === 202 ? [a, b] : [b, a];
    expect(refused.body.error).toMatchObject({ code: 'already_running', details: { runId: accepted.body.data.runId } });

    const run = await waitFor(async () => {
      const { body } = await operator('GET', `/etl/runs/${accepted.body.data.runId}`);
      return ['success', 'failed'].includes(body.data.status) && body.data;
    }, 'the worker to finish the run', 60_000, 250);
    expect(run).toMatchObject({ status: 'success', trigger: 'api', triggeredBy: 'scheduler', phase: 'done' });
    expect(run.rowsUnchanged + run.rowsInserted + run.rowsUpdated).toBeGreaterThan(0);
  });

  it('skips a fresh table unless forced, and refreshes the dashboard tables a few at a time', async () => {
    const skipped = await operator('POST', '/etl/refresh/table/assignment_data');
    expect(skipped.status).toBe(200);
    expect(skipped.body.data).toMatchObject({ status: 'skipped', runId: null, reason: expect.stringMatching(/refreshed less than 24 h ago/) });

    const all = await operator('POST', '/etl/refresh/dashboard', { force: true, max_concurrent: 2, mode: 'sliding_window' });
    expect(all.status).toBe(202);
    const ids = all.body.data.runs.map((r: { runId: string }) => r.runId);
    expect(all.body.data.runs.map((r: { status: string }) => r.status)).toEqual(Array(5).fill('queued'));
    const runs = await waitFor(async () => {
      const found = await Promise.all(ids.map(async (id: string) => (await operator('GET', `/etl/runs/${id}`)).body.data));
      return found.every((r) => r.status === 'success') && found;
    }, 'the dashboard refresh', 120_000, 500);
    expect(runs.map((r: { mode: string }) => r.mode)).toEqual(Array(5).fill('sliding_window'));
  });

  it('queues recovery as a job after showing its dry run', async () => {
    const admin = tokenClient(app.url, await app.token('admin'));
    await app.database.sql`UPDATE etl_watermarks SET last_extraction_status = 'failed' WHERE table_name = 'assignment_data'`;
    const dry = await admin('POST', '/etl/recover', { dry_run: true });
    expect(dry.body.data.plan.failingTables).toEqual(['assignment_data']);
    const real = await admin('POST', '/etl/recover', {});
    expect(real.status).toBe(202);
    expect(real.body.data.jobId).toEqual(expect.any(String));
    await waitFor(async () => {
      const { body } = await admin('GET', '/etl/runs?table=assignment_data&trigger=recovery');
      return body.data.runs[0]?.status === 'success';
    }, 'the recovery run', 60_000, 250);
    expect((await admin('GET', '/etl/watermarks')).body.data.find((w: { tableName: string }) => w.tableName === 'assignment_data').lastExtractionStatus).toBe('success');
  });

  it('exposes the ETL to Prometheus, for a token only', async () => {
    const response = await call(`${app.url}/api/metrics`, { headers: { authorization: `Bearer ${await app.token('viewer', 'prometheus')}` } });
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const { text } = response;
    expect(text).toContain('# TYPE pulso_etl_health gauge');
    expect(text).toMatch(/pulso_etl_health\{status="(healthy|degraded)"\} 1/);
    expect(Number(text.match(/pulso_runs\{table="assignment_data",status="success"\} (\d+)/)![1])).toBeGreaterThanOrEqual(3);
    expect(text).toContain('pulso_table_refresh_interval_seconds{table="operation_data"} 7200');
    expect((await call(`${app.url}/api/metrics`)).status).toBe(401);
  });
});
