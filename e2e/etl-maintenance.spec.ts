import { expect, test } from '@playwright/test';
import { requestRun } from '../lib/etl/runs';
import { createStaging } from '../lib/etl/staging';
import { addDays, limaDate } from '../lib/etl/window';
import { signIn } from './support/accounts';
import { e2eDatabase } from './support/database';
import { cancelARun, waitForIdleEtl } from './support/etl';

// The first test also waits for the worker's first load of every table.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await waitForIdleEtl(page.request);
});

test('cleanup: a dry run lists what it would do, changing nothing; the confirmed cleanup does just that', async ({ page }) => {
  // A run whose process died two minutes ago, its staging table left behind. (Older than
  // the worker's own 5-minute cleanup would let it be, so this test chooses 1 minute.)
  const sql = e2eDatabase();
  const requested = await requestRun(sql, { table: 'assignment_data', mode: 'incremental', trigger: 'api', force: true });
  if (requested.status !== 'queued') throw new Error(`assignment_data is busy: ${requested.status}`);
  const runId = requested.run.id;
  await sql`UPDATE etl_execution_log SET status = 'running', heartbeat_at = now() - interval '2 minutes' WHERE id = ${runId}`;
  const staging = (await createStaging(sql, 'assignment_data', runId)).split('.').pop()!.replaceAll('"', '');
  const state = async () => {
    const [run] = await sql`SELECT status FROM etl_execution_log WHERE id = ${runId}`;
    const [{ exists }] = await sql`SELECT to_regclass(${`pulso_staging.${staging}`}) IS NOT NULL AS exists`;
    return { status: run.status, staging: exists };
  };

  await page.goto('/etl/maintenance');
  const card = page.getByRole('region', { name: 'Limpieza' });
  await expect(card.getByRole('button', { name: 'Limpiar', exact: true })).toBeDisabled();
  await card.getByLabel('Minutos sin latido').fill('1');
  await card.getByRole('button', { name: 'Ver qué haría (simulación)' }).click();
  const plan = page.getByTestId('cleanup-plan').first(); // the confirm dialog, closed, repeats it
  await expect(plan).toContainText('Se marcaría 1 ejecución abandonada como fallida:');
  await expect(plan).toContainText(runId);
  await expect(plan).toContainText('Se eliminaría 1 tabla de staging:');
  await expect(plan).toContainText(staging);
  expect(await state()).toEqual({ status: 'running', staging: true });
  await page.screenshot({ path: 'e2e/artifacts/maintenance-cleanup-plan.png', fullPage: true });

  await card.getByRole('button', { name: 'Limpiar', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ejecutar la limpieza' });
  await expect(dialog).toContainText('sin latido desde hace más de 1 minutos se marcarán como fallidas');
  await expect(dialog.getByTestId('cleanup-plan')).toContainText(runId);
  await dialog.getByRole('button', { name: 'Limpiar' }).click();
  const report = page.getByTestId('cleanup-report');
  await expect(report).toContainText('1 ejecución abandonada marcada como fallida:');
  await expect(report).toContainText(runId);
  await expect(report).toContainText('1 tabla de staging eliminada:');
  expect(await state()).toEqual({ status: 'failed', staging: false });
  await expect(card.getByRole('button', { name: 'Limpiar', exact: true })).toBeDisabled(); // the next cleanup needs a new look
  await sql.end();
});

test('emergency recovery: a dry run lists the failing table, the confirmed run re-runs it live', async ({ page }) => {
  // An operator cancelled a running refresh: the table's last run did not succeed.
  await cancelARun(page.request, 'operation_data');
  await page.goto('/etl/maintenance');
  const card = page.getByRole('region', { name: 'Recuperación de emergencia' });
  await expect(card.getByRole('button', { name: 'Ejecutar la recuperación' })).toBeDisabled();
  await card.getByRole('button', { name: 'Ver qué haría (simulación)' }).click();
  const plan = page.getByTestId('recovery-plan').first(); // the confirm dialog, closed, repeats it
  await expect(plan).toContainText('Tablas con falla: operation_data.');
  await expect(plan).toContainText('operation_data: ejecución incremental, forzada');
  await expect(plan).toContainText('operation_data: ejecución completa, forzada — solo si la anterior sigue fallando');

  await card.getByRole('button', { name: 'Ejecutar la recuperación' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ejecutar la recuperación de emergencia' });
  await expect(dialog).toContainText('con el origen «recuperación»');
  await expect(dialog.getByTestId('recovery-plan')).toContainText('operation_data');
  await dialog.getByRole('button', { name: 'Ejecutar la recuperación' }).click();
  await expect(page.getByText('Recuperación en cola')).toBeVisible();
  const run = page.getByTestId('run-row').filter({ hasText: 'operation_data' }).first();
  await expect(run).toContainText('recuperación');
  await expect(run).toHaveAttribute('data-status', 'success', { timeout: 60_000 });
  await page.screenshot({ path: 'e2e/artifacts/maintenance.png', fullPage: true });

  await page.getByRole('link', { name: 'Ver en el registro' }).click();
  await expect(page).toHaveURL(/trigger=recovery/);
  await expect(page.getByTestId('run-row').first()).toContainText('operation_data');
});

test('an admin resets a watermark with the date picker and sees the new value', async ({ page }) => {
  const date = addDays(limaDate(new Date()), -20);
  await page.goto('/etl/watermarks');
  const row = page.getByTestId('watermark-evolution_data');
  await expect(row.getByTestId('watermark')).not.toHaveText('—');
  const before = await row.getByTestId('watermark').innerText();
  await row.getByRole('button', { name: 'Reiniciar watermark' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reiniciar la watermark de evolution_data' });
  await dialog.getByLabel('Nueva watermark').fill(date);
  const shown = new Intl.DateTimeFormat('es-PE', { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (d: string) => shown.format(new Date(`${d}T00:00:00Z`));
  await expect(dialog.getByTestId('reset-from-to')).toHaveText(`La watermark pasará de ${before} a ${day(date)}.`);
  await expect(dialog).toContainText(`volverá a leer desde ${day(addDays(date, -3))} (la nueva fecha menos 3 días de lookback)`);
  await dialog.getByRole('button', { name: 'Reiniciar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'evolution_data: watermark cambiada' })).toHaveText(`evolution_data: watermark cambiada de ${before} a ${day(date)}.`);
  await expect(row.getByTestId('watermark')).toHaveText(day(date));
  await expect(row).toContainText('reiniciada');
  await page.screenshot({ path: 'e2e/artifacts/watermarks.png', fullPage: true });
});
