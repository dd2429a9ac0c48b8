import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

test('the database page shows the real setup status of the embedded default', async ({ page }) => {
  await signIn(page);
  await page.goto('/db');
  await expect(page.getByRole('heading', { level: 1, name: 'Base de datos' })).toBeVisible();

  // Plain PostgreSQL with every table migrated: the seed's "basic".
  await expect(page.getByTestId('overall-status')).toHaveText('basic');
  await expect(page.getByTestId('edition')).toHaveText('No instalado');
  for (const table of ['dashboard_data', 'evolution_data', 'assignment_data', 'operation_data', 'productivity_data', 'etl_watermarks', 'etl_execution_log']) {
    await expect(page.getByTestId(`table-${table}`)).toContainText('tabla');
  }
  await expect(page.getByTestId('migration-0000_initial_schema')).toContainText('aplicada');
  await expect(page.getByRole('link', { name: 'Base de datos' })).toHaveAttribute('aria-current', 'page');

  await page.screenshot({ path: 'e2e/artifacts/database-page.png', fullPage: true });
});
