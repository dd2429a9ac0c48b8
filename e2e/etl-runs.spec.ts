import { expect, test } from '@playwright/test';
import { ensureUser, signIn } from './support/accounts';
import { waitForIdleEtl } from './support/etl';

// The first test also waits for the worker's first load of every table.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await waitForIdleEtl(page.request);
});

test('a full refresh from the table page runs live to success and lands in the log with its counts', async ({ page }) => {
  await page.goto('/etl/tables');
  await expect(page.getByTestId('table-row-operation_data')).toContainText('fecha_foto');
  await page.screenshot({ path: 'e2e/artifacts/tables.png', fullPage: true });
  await page.getByRole('link', { name: 'operation_data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'operation_data' })).toBeVisible();
  await expect(page.getByTestId('table-config')).toContainText('fecha_foto, hora, canal, archivo');
  await expect(page.getByTestId('table-config')).toContainText('1 día');

  await page.getByRole('button', { name: 'Recarga completa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recarga completa de operation_data' });
  await expect(dialog).toContainText('Lee de nuevo todo lo que tiene el origen');
  await dialog.getByRole('button', { name: 'Recarga completa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'operation_data: ejecución en cola.' })).toBeVisible();
  const href = await page.getByRole('link', { name: 'Ver la ejecución' }).getAttribute('href');
  const runId = href!.split('/').pop()!;

  // Live: the progress bar while it runs, then success in the recent runs.
  await expect(page.getByRole('progressbar', { name: 'Progreso de operation_data' }).first()).toBeVisible();
  const row = page.locator(`[data-run-id="${runId}"]`);
  await expect(row).toHaveAttribute('data-status', 'success', { timeout: 60_000 });
  await expect(row).toContainText('correcta');
  await expect(row).toContainText('completa');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/table-detail.png', fullPage: true });

  // The log shows it with its counts; its detail shows the window and every count.
  await page.goto('/etl/runs');
  const logged = page.locator(`[data-run-id="${runId}"]`);
  await expect(logged.getByTestId('run-counts')).toContainText(/[1-9][\d.,]* extraídas[\d.,]+ nuevas · [\d.,]+ cambiadas · [\d.,]+ iguales · [\d.,]+ eliminadas/);
  await page.screenshot({ path: 'e2e/artifacts/runs.png', fullPage: true });
  await logged.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ejecución de operation_data' })).toBeVisible();
  await expect(page.getByTestId('run-window')).toContainText('todo el origen hasta');
  await expect(page.getByTestId('count-extracted')).not.toHaveText('0');
  for (const key of ['inserted', 'updated', 'unchanged', 'deleted']) await expect(page.getByTestId(`count-${key}`)).toHaveText(/^[\d.,]+$/);
  await expect(page.getByTestId('count-rejected')).toHaveText('0');
  await expect(page.getByTestId('source-query')).toContainText('operation_data');
  await expect(page.getByText('Ninguna fila rechazada.')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/run-detail.png', fullPage: true });
});

test('the log filters change the rows and survive a reload', async ({ page }) => {
  await page.goto('/etl/runs');
  const rows = page.getByTestId('run-row');
  await expect(rows.first()).toBeVisible();

  await page.getByLabel('Tabla').selectOption('evolution_data');
  await expect(page).toHaveURL(/table=evolution_data/);
  await expect(rows.first()).toContainText('evolution_data');
  await expect(rows.filter({ hasNotText: 'evolution_data' })).toHaveCount(0);
  await page.getByLabel('Origen').selectOption('schedule');
  await expect(page).toHaveURL(/trigger=schedule/);
  // The first load was the schedule's; the refreshes asked by hand are gone from the list.
  await expect(rows.filter({ hasNotText: 'programada' })).toHaveCount(0);
  await expect(rows.first()).toContainText('programada');

  await page.reload();
  await expect(page.getByLabel('Tabla')).toHaveValue('evolution_data');
  await expect(page.getByLabel('Origen')).toHaveValue('schedule');
  await expect(rows.first()).toContainText('evolution_data');
  await expect(rows.filter({ hasNotText: 'programada' })).toHaveCount(0);

  // A range in the future holds nothing; clearing brings every run back.
  await page.getByLabel('Desde').fill('2099-01-01');
  await expect(page).toHaveURL(/from=2099-01-01/);
  await expect(page.getByText('Ninguna ejecución coincide con los filtros.')).toBeVisible();
  await page.getByRole('button', { name: 'Quitar filtros' }).click();
  await expect(page).toHaveURL(/\/etl\/runs$/);
  await expect(rows.filter({ hasText: 'dashboard_data' }).first()).toBeVisible();
});

test('"load more" appends the next page of the log, by cursor, without repeating a run', async ({ page }) => {
  // Pages of 2, so even the first load's five runs make three pages: the console asks for 25 at a time.
  await page.route(/\/api\/v1\/etl\/runs\?/, (route) => route.continue({ url: route.request().url().replace('limit=25', 'limit=2') }));
  await page.goto('/etl/runs');
  const rows = page.getByTestId('run-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('runs-count')).toHaveText('2 ejecuciones, hay más');
  await page.getByRole('button', { name: 'Cargar más' }).click();
  await expect(rows).toHaveCount(4);
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-run-id')));
  expect(new Set(ids).size).toBe(4);
  await expect(page.getByTestId('runs-count')).toContainText('4 ejecuciones, hay más');
});

test('an operator: a fresh table is skipped unless forced, a run in flight is cancelled, and the log finds it by status and mode', async ({ page, browser }) => {
  const operator = await ensureUser(browser, 'operator');
  await page.context().clearCookies(); // signed in as the admin by beforeEach
  await signIn(page, operator);
  await page.goto('/etl/tables/productivity_data');
  const notice = page.getByRole('status').filter({ hasText: 'productivity_data' });
  /** The run the last click queued: the notice links to it (polled until it is not the one before). */
  let previous = '';
  const queuedRun = async () => {
    const link = page.getByRole('link', { name: 'Ver la ejecución' });
    await expect.poll(async () => ((await link.count()) ? (await link.getAttribute('href'))!.split('/').pop() : previous)).not.toBe(previous);
    previous = (await link.getAttribute('href'))!.split('/').pop()!;
    return previous;
  };
  await page.getByRole('button', { name: 'Refrescar', exact: true }).click();
  await expect(notice).toHaveText('productivity_data: omitida, se refrescó hace menos de 8 h (usa Forzar).');
  await page.getByRole('button', { name: 'Forzar', exact: true }).click();
  const forced = await queuedRun();
  await expect(notice).toContainText('productivity_data: ejecución en cola.');
  await expect(page.locator(`[data-run-id="${forced}"]`)).toHaveAttribute('data-status', 'success', { timeout: 60_000 });

  // A full refresh, stopped while it runs (a small table can finish first: then try again).
  let cancelled: string | null = null;
  for (let attempt = 0; attempt < 4 && !cancelled; attempt++) {
    await page.getByRole('button', { name: 'Recarga completa' }).click();
    await page.getByRole('dialog', { name: 'Recarga completa de productivity_data' }).getByRole('button', { name: 'Recarga completa' }).click();
    const runId = await queuedRun();
    const cancel = page.getByRole('button', { name: 'Cancelar ejecución' });
    await expect(cancel).toBeEnabled();
    await cancel.click();
    const row = page.locator(`[data-run-id="${runId}"]`);
    await expect(row).toHaveAttribute('data-status', /success|cancelled/, { timeout: 60_000 });
    if ((await row.getAttribute('data-status')) === 'cancelled') cancelled = runId;
  }
  expect(cancelled, 'a full refresh was cancelled while in flight').not.toBeNull();

  // The log: cancelled full refreshes of this table, then the run's own page says why it stopped.
  await page.goto('/etl/runs');
  await page.getByLabel('Tabla').selectOption('productivity_data');
  await page.getByLabel('Estado').selectOption('cancelled');
  await page.getByLabel('Modo').selectOption('full_refresh');
  await expect(page).toHaveURL(/status=cancelled/);
  await expect(page).toHaveURL(/mode=full_refresh/);
  const rows = page.getByTestId('run-row');
  await expect(page.locator(`[data-run-id="${cancelled}"]`)).toBeVisible();
  await expect(rows.filter({ hasNotText: 'cancelada' })).toHaveCount(0);
  await expect(rows.filter({ hasNotText: 'completa' })).toHaveCount(0);
  await page.getByLabel('Modo').selectOption('incremental');
  await expect(page.locator(`[data-run-id="${cancelled}"]`)).toHaveCount(0);
  await page.getByLabel('Modo').selectOption('full_refresh');
  await page.locator(`[data-run-id="${cancelled}"]`).getByRole('link').click();
  await expect(page.getByTestId('run-error')).toContainText('Cancelled on request');
  await page.screenshot({ path: 'e2e/artifacts/run-detail-cancelled.png', fullPage: true });
});
