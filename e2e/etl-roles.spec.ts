import { expect, test } from '@playwright/test';
import { apiAs, ensureUser, signIn } from './support/accounts';

test('a viewer sees the operator and admin buttons disabled with the reason, and the server refuses them', async ({ browser, page }) => {
  test.setTimeout(90_000); // a sign-in, three pages and seven refused requests
  const viewer = await ensureUser(browser, 'viewer');
  await signIn(page, viewer);

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Refrescar todo' })).toBeDisabled();
  await expect(page.getByText('Requiere el rol operador').first()).toBeVisible();

  await page.goto('/etl/tables/dashboard_data');
  for (const name of ['Refrescar', 'Forzar', 'Recarga completa', 'Cancelar ejecución']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();
  }
  await expect(page.getByRole('button', { name: 'Reiniciar watermark' })).toBeDisabled();
  await expect(page.getByText('Requiere el rol administrador')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/table-detail-viewer.png', fullPage: true });

  await page.goto('/etl/maintenance');
  // Cleanup and recovery each have a dry run and the real thing.
  const maintenance = page.getByRole('button', { name: /^(Limpiar|Ver qué haría \(simulación\)|Ejecutar la recuperación)$/ });
  await expect(maintenance).toHaveCount(4);
  for (const button of await maintenance.all()) await expect(button).toBeDisabled();
  await expect(page.getByText('Requiere el rol administrador').first()).toBeVisible();

  // Hiding a button is not a check: the same requests from this session are refused.
  for (const [method, path, body] of [
    ['POST', '/api/v1/etl/refresh/table/dashboard_data?force=true', undefined],
    ['POST', '/api/v1/etl/refresh/dashboard', { force: true }],
    ['POST', '/api/v1/etl/cancel/table/dashboard_data', undefined],
    ['POST', '/api/v1/etl/cleanup', {}],
    ['POST', '/api/v1/etl/cleanup', { dry_run: true }],
    ['POST', '/api/v1/etl/recover', { dry_run: true }],
    ['PUT', '/api/v1/etl/watermarks/dashboard_data', { watermark: '2026-01-01' }],
  ] as const) {
    const response = await apiAs(page.request, method, path, body);
    expect(response.status(), `${method} ${path}`).toBe(403);
  }
});

test('an unknown table or run is a page that says so', async ({ page }) => {
  await signIn(page);
  for (const path of ['/etl/tables/no_such_table', '/etl/runs/00000000-0000-0000-0000-000000000000', '/etl/runs/not-a-uuid']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'No existe' })).toBeVisible();
  }
});
