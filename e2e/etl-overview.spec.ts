import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { waitForIdleEtl } from './support/etl';

const TABLES = ['dashboard_data', 'evolution_data', 'assignment_data', 'operation_data', 'productivity_data'];

test('the overview shows every table, refreshes all with a confirm, and speaks English on request', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen' })).toBeVisible();
  for (const table of TABLES) await expect(page.getByTestId(`freshness-${table}`)).toBeVisible();

  // Once the worker's first load is done, every table is fresh with a watermark.
  await waitForIdleEtl(page.request);
  await expect(page.getByTestId('etl-health')).toContainText('saludable');
  for (const table of TABLES) {
    const row = page.getByTestId(`freshness-${table}`);
    await expect(row).toContainText('al día');
    await expect(row.getByTestId('watermark')).not.toHaveText('—');
  }
  await expect(page.getByTestId('no-running-runs')).toHaveText('No hay ejecuciones en curso.');
  await page.screenshot({ path: 'e2e/artifacts/overview.png', fullPage: true });

  // Refresh all, not forced: the confirm says what it does; fresh tables are skipped with the reason.
  await page.getByRole('button', { name: 'Refrescar todo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refrescar todas las tablas' });
  await expect(dialog).toContainText('Pone en cola una ejecución «incremental» por cada una de las 5 tablas');
  await expect(dialog).toContainText('Sin forzar, las tablas más frescas que su intervalo de refresco se omiten.');
  await dialog.getByLabel('Modo').selectOption('sliding_window');
  await expect(dialog).toContainText('Ventana móvil: desde hoy menos el lookback');
  await dialog.getByRole('button', { name: 'Refrescar', exact: true }).click();
  await expect(dialog).toBeHidden();
  for (const table of TABLES) await expect(page.getByTestId(`outcome-${table}`)).toContainText('omitida');
  await expect(page.getByTestId('outcome-operation_data')).toContainText('se refrescó hace menos de 2 h');

  // Forced full refreshes: every table is queued, and runs in flight show their progress until they end.
  await page.getByRole('button', { name: 'Refrescar todo' }).click();
  await dialog.getByLabel('Forzar (refrescar también las tablas al día)').check();
  await expect(dialog).toContainText('Forzado: se refrescan todas, aunque estén al día.');
  await dialog.getByLabel('Modo').selectOption('full_refresh');
  await expect(dialog).toContainText('Pone en cola una ejecución «completa» por cada una de las 5 tablas');
  await dialog.getByRole('button', { name: 'Refrescar', exact: true }).click();
  for (const table of TABLES) await expect(page.getByTestId(`outcome-${table}`)).toContainText('en cola');
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/overview-running.png', fullPage: true });
  await expect(page.getByTestId('no-running-runs')).toBeVisible({ timeout: 60_000 });

  // English: the same page, every word translated.
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ETL health' })).toBeVisible();
  await expect(page.getByTestId('etl-health')).toContainText('healthy');
  await expect(page.getByTestId('freshness-dashboard_data')).toContainText('fresh');
  await expect(page.getByRole('button', { name: 'Refresh all' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/overview-en.png', fullPage: true });
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen' })).toBeVisible();
});
