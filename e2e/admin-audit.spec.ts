import { expect, test } from '@playwright/test';
import { ADMIN, apiAs, ensureUser, signIn } from './support/accounts';

const limaDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date(Date.now() + offsetDays * 86_400_000));

test('the audit log shows who did what, filters by the URL and pages with a cursor', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const operator = await ensureUser(browser, 'operator');
  await signIn(page);
  // Something to find: a token made and revoked, a refused rollback, and enough failures for a second page.
  const created = await apiAs(page.request, 'POST', '/api/v1/admin/tokens', { name: 'audit-e2e', role: 'viewer' });
  const { token } = (await created.json()).data;
  expect((await apiAs(page.request, 'DELETE', `/api/v1/admin/tokens/${token.id}`)).status()).toBe(200);
  for (let i = 0; i < 51; i++) expect((await apiAs(page.request, 'POST', '/api/v1/admin/tokens', { role: 'viewer' })).status()).toBe(400);
  const operatorContext = await browser.newContext();
  const operatorPage = await operatorContext.newPage();
  await signIn(operatorPage, operator);
  expect((await apiAs(operatorPage.request, 'POST', '/api/v1/db/migrations/rollback')).status()).toBe(403);
  await operatorContext.close();

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Auditoría' })).toBeVisible();
  const entries = page.getByTestId('audit-entry');
  await expect(entries).toHaveCount(50);
  await expect(entries.first()).toContainText('db.migrations.rollback');
  await expect(entries.first()).toContainText(operator.email);
  await expect(entries.nth(1)).toContainText('auth.sign_in');
  await page.getByRole('button', { name: 'Cargar más' }).click();
  await expect.poll(() => entries.count()).toBeGreaterThan(50);

  await page.getByLabel('Acción').fill('admin.token.revoke');
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?action=admin\.token\.revoke$/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(ADMIN.email);
  await expect(entries.first()).toContainText(token.id);
  await expect(entries.first()).toContainText('correcto · 200');
  await expect(entries.first()).toContainText('127.0.0.1');
  await entries.first().getByText('ver').click();
  await expect(entries.first().locator('pre')).toContainText(`"id": "${token.id}"`);

  await page.goto('/admin/audit?result=denied&action=db.migrations.rollback');
  await expect(page.getByLabel('Resultado')).toHaveValue('denied');
  await expect(entries.first()).toContainText(operator.email);
  await expect(entries.first()).toContainText('denegado · 403');
  await expect(entries.first()).toContainText('This needs the admin role');

  await page.goto(`/admin/audit?action=admin.token.create&result=success&from=${limaDay()}&to=${limaDay()}`);
  await expect(entries.filter({ hasText: 'audit-e2e' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'audit-e2e' }).getByTitle('audit-e2e')).toBeVisible(); // the target column
  await page.screenshot({ path: 'e2e/artifacts/admin-audit.png', fullPage: true });
  await page.getByLabel('Desde el').fill(limaDay(1));
  await page.getByLabel('Hasta el').fill(limaDay(1));
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await expect(page.getByText('Ninguna entrada con estos filtros.')).toBeVisible();
  await page.getByRole('button', { name: 'Limpiar' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(entries).toHaveCount(50);
});
