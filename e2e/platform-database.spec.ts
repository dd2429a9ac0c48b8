import { expect, test, type Page } from '@playwright/test';
import { apiAs, signIn } from './support/accounts';

async function migrationTags(page: Page): Promise<{ applied: string[]; pending: string[] }> {
  const response = await apiAs(page.request, 'GET', '/api/v1/db/migrations');
  expect(response.status()).toBe(200);
  return (await response.json()).data;
}

test('the database page shows the basic setup, what the edition lacks, the migrations and the settings', async ({ page }) => {
  await signIn(page);
  await page.goto('/db');
  await expect(page.getByRole('heading', { level: 1, name: 'Base de datos' })).toBeVisible();
  await expect(page.getByTestId('overall-status')).toHaveText('basic');
  await expect(page.getByTestId('overall-meaning')).toContainText('PostgreSQL estándar: todas las tablas existen');
  await expect(page.getByTestId('edition')).toHaveText('No instalado');
  await expect(page.getByText('Funciones que esta base de datos no tiene')).toBeVisible();
  await expect(page.getByText(/Cómo obtenerlas:.*Instala TimescaleDB edición community/)).toBeVisible();
  await expect(page.getByTestId('table-dashboard_data')).toContainText('con TimescaleDB: chunks de 7 días');
  await expect(page.getByTestId('table-assignment_data')).toContainText('tabla simple');

  const { applied } = await migrationTags(page);
  for (const tag of applied) await expect(page.getByTestId(`migration-${tag}`)).toHaveAttribute('data-state', 'applied');
  await expect(page.getByRole('button', { name: 'Aplicar pendientes' })).toBeDisabled();
  await expect(page.getByText('No hay migraciones pendientes.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Historial de migraciones' })).toContainText(applied[0]);

  // The seed's production settings beside the embedded server's: differences highlighted, with the why.
  const settings = page.getByRole('table', { name: 'Parámetros del servidor frente a los recomendados' });
  await expect(settings.getByTestId('setting-work_mem')).toContainText('256MB');
  await expect(settings.getByTestId('setting-shared_preload_libraries')).toHaveAttribute('data-matches', 'false');
  await expect(settings.getByTestId('setting-shared_preload_libraries')).toContainText('distinto');
  await expect(settings.getByTestId('setting-shared_preload_libraries')).toContainText('CREATE EXTENSION timescaledb falla');
  await expect(settings.getByTestId('setting-timescaledb.max_background_workers')).toContainText('no existe aquí');

  await page.screenshot({ path: 'e2e/artifacts/db.png', fullPage: true });
});

test('the last migration rolls back and applies again', async ({ page }) => {
  await signIn(page);
  await page.goto('/db');
  const { applied } = await migrationTags(page);
  const last = applied.at(-1)!;

  await page.getByRole('button', { name: `Revertir ${last}` }).click();
  const confirm = page.getByRole('dialog', { name: `¿Revertir la migración ${last}?` });
  await expect(confirm).toContainText(`drizzle/down/${last}.sql`);
  // Its down file drops nothing the console needs to run (0002_auth's would be refused: tests/db/migration-plan.test.ts).
  await expect(confirm.getByText('el servidor se negará a hacerlo desde aquí')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/db-rollback-confirm.png' });
  await confirm.getByRole('button', { name: 'Revertir' }).click();

  const result = page.getByTestId('action-result');
  await expect(result).toContainText(`Se revirtió ${last}: ahora está pendiente.`);
  await page.screenshot({ path: 'e2e/artifacts/db-rolled-back.png', fullPage: true });
  await expect(page.getByTestId(`migration-${last}`)).toHaveAttribute('data-state', 'pending');
  expect((await migrationTags(page)).pending).toEqual([last]);

  await page.getByRole('button', { name: 'Aplicar 1 pendiente' }).click();
  const apply = page.getByRole('dialog', { name: '¿Aplicar 1 migración pendiente?' });
  await expect(apply).toContainText(last);
  await apply.getByRole('button', { name: 'Aplicar' }).click();
  await expect(result).toContainText(`Migraciones aplicadas: ${last}.`);
  await expect(page.getByTestId(`migration-${last}`)).toHaveAttribute('data-state', 'applied');
  await expect(page.getByTestId('migration-history').locator('tr').nth(1)).toContainText('revertida');
  expect((await migrationTags(page)).pending).toEqual([]);
});
