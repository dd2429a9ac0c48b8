import { expect, test } from '@playwright/test';
import { apiAs, ensureUser, signIn } from './support/accounts';

test('an operator is refused the admin pages, and the database page disables what only an admin may do', async ({ browser, page }) => {
  const operator = await ensureUser(browser, 'operator');
  await signIn(page, operator);

  for (const path of ['/admin/users', '/admin/tokens', '/admin/audit']) {
    await page.goto(path);
    await expect(page.getByTestId('admin-only')).toContainText('Requiere el rol administrador');
    await expect(page.getByTestId('admin-only')).toContainText('Tu rol es operador.');
    await expect(page.getByRole('table')).toHaveCount(0);
  }
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Usuarios' })).toHaveCount(0);
  await page.goto('/admin/users');
  await page.screenshot({ path: 'e2e/artifacts/admin-forbidden.png', fullPage: true });
  // The server refuses the same, whatever the page shows.
  expect((await apiAs(page.request, 'GET', '/api/v1/admin/users')).status()).toBe(403);

  await page.goto('/db');
  const apply = page.getByRole('button', { name: /^Aplicar/ });
  const rollback = page.getByRole('button', { name: /^Revertir/ });
  await expect(apply).toBeDisabled();
  await expect(rollback).toBeDisabled();
  await expect(rollback.locator('xpath=..')).toContainText('Requiere el rol administrador');
  await expect(apply.locator('xpath=..')).toContainText('Requiere el rol administrador');
  const refused = await apiAs(page.request, 'POST', '/api/v1/db/migrations/rollback');
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain('This needs the admin role');
  await page.screenshot({ path: 'e2e/artifacts/db-operator.png', fullPage: true });
});
