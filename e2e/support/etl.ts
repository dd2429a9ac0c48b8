// ETL helpers for the e2e specs: wait for the console's worker to finish the
// first load, and make a table fail the way an operator could (cancel its run).
import { expect, type APIRequestContext } from '@playwright/test';
import { apiAs } from './accounts';

type Status = { tables: { table: string; lastSuccessAt: string | null; activeRun: { status: string } | null }[] };

async function data<T>(response: { json(): Promise<unknown> }): Promise<T> {
  return ((await response.json()) as { data: T }).data;
}

/** Every table loaded once and nothing in flight. */
export async function waitForIdleEtl(request: APIRequestContext) {
  await expect
    .poll(async () => {
      const status = await data<Status>(await request.get('/api/v1/etl/status'));
      return status.tables.every((t) => t.lastSuccessAt && !t.activeRun);
    }, { timeout: 90_000, intervals: [500] })
    .toBe(true);
}

/** Starts a full refresh and cancels it once running: the table's last run is then cancelled. */
export async function cancelARun(request: APIRequestContext, table: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = await apiAs(request, 'POST', `/api/v1/etl/refresh/table/${table}?force=true&mode=full_refresh`);
    expect([202, 409]).toContain(started.status());
    await expect
      .poll(async () => (await data<{ activeRun: { status: string } | null }>(await request.get(`/api/v1/etl/status/table/${table}`))).activeRun?.status ?? 'none', { intervals: [50], timeout: 20_000 })
      .not.toBe('queued');
    expect((await apiAs(request, 'POST', `/api/v1/etl/cancel/table/${table}`)).status()).toBe(200);
    const watermarkStatus = async () => {
      const detail = await data<{ activeRun: unknown; watermark: { lastExtractionStatus: string } }>(await request.get(`/api/v1/etl/status/table/${table}`));
      return detail.activeRun ? 'running' : detail.watermark.lastExtractionStatus;
    };
    await expect.poll(watermarkStatus, { timeout: 20_000 }).not.toBe('running');
    if ((await watermarkStatus()) === 'cancelled') return;
  }
  throw new Error(`could not cancel a running run of ${table}`);
}
