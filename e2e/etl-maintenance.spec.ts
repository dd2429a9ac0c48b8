import { expect, test } from '@playwright/test';
import { addDays, limaDate } from '../lib/etl/window';
import { signIn } from './support/accounts';
import { cancelARun, waitForIdleEtl } from './support/etl';

// The first test also waits for the worker's first load of every table.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await waitForIdleEtl(page.request);
});

test('cleanup asks first, then says what it did', async ({ page }) => {
  await page.goto('/etl/maintenance');
  await page.getByLabel('Minutos sin latido').fill('10');
  await page.getByRole('button', { name: 'Limpiar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ejecutar la limpieza' });
  await expect(dialog).toContainText('sin latido desde hace más de 10 minutos se marcarán como fallidas');
  await dialog.getByRole('button', { name: 'Limpiar' }).click();
  const report = page.getByTestId('cleanup-report');
  await expect(report).toContainText('Ninguna ejecución abandonada.');
  await expect(report).toContainText('Ninguna tabla de staging huérfana.');
  await expect(report).toContainText(/job/);
});

test('emergency recovery: a dry run lists the failing table, the confirmed run re-runs it live', async ({ page }) => {
  // An operator cancelled a running refresh: the table's last run did not succeed.
  await cancelARun(page.request, 'operation_data');
  await page.goto('/etl/maintenance');
  await expect(page.getByRole('button', { name: 'Ejecutar la recuperación' })).toBeDisabled();
  await page.getByRole('button', { name: 'Ver qué haría (simulación)' }).click();
  const plan = page.getByTestId('recovery-plan').first(); // the confirm dialog, closed, repeats it
  await expect(plan).toContainText('Tablas con falla: operation_data.');
  await expect(plan).toContainText('operation_data: ejecución incremental, forzada');
  await expect(plan).toContainText('operation_data: ejecución completa, forzada — solo si la anterior sigue fallando');

  await page.getByRole('button', { name: 'Ejecutar la recuperación' }).click();
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
