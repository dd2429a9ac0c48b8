import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
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
