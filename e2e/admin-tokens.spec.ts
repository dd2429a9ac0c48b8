import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

const me = (baseURL: string, secret: string) => fetch(`${baseURL}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });

test('a token’s secret is shown once, works with fetch, and stops working when revoked', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page);
  await page.goto('/admin/tokens');
  await expect(page.getByRole('heading', { level: 1, name: 'Tokens de API' })).toBeVisible();

  const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
  await page.getByLabel('Nombre del token').fill('nightly-e2e');
  await page.getByLabel('Rol', { exact: true }).selectOption('operator');
  await page.getByLabel('Vence el (opcional)').fill(nextYear);
  await page.getByRole('button', { name: 'Crear token' }).click();

  const shown = page.getByTestId('token-secret');
  await expect(shown).toContainText('Token «nightly-e2e» creado: copia el secreto ahora');
  await expect(shown).toContainText('No se volverá a mostrar');
  const secret = await shown.getByLabel('Secreto del token').inputValue();
  expect(secret).toMatch(/^pulso_[A-Za-z0-9_-]{40,}$/);
  await shown.getByRole('button', { name: 'Copiar' }).click();
  await expect(shown.getByText('Copiado al portapapeles')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  const row = page.getByTestId('token-nightly-e2e');
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).toContainText('operador');
  await expect(row).toContainText('activo');
  await page.screenshot({ path: 'e2e/artifacts/admin-tokens.png', fullPage: true });

  // Gone for good: the page holds only the prefix.
  await page.reload();
  await expect(row).toContainText('nunca');
  await expect(page.getByTestId('token-secret')).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  const used = await me(baseURL!, secret);
  expect(used.status).toBe(200);
  expect((await used.json()).data).toMatchObject({ kind: 'token', name: 'nightly-e2e', role: 'operator' });
  await page.reload();
  await expect(row).not.toContainText('nunca');

  await row.getByRole('button', { name: 'Revocar' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Revocar el token «nightly-e2e»?' });
  await expect(dialog).toContainText(`${secret.slice(0, 12)}… recibirán 401 desde ya`);
  await dialog.getByRole('button', { name: 'Revocar' }).click();
  await expect(page.getByText('Se revocó «nightly-e2e»: ya no sirve.')).toBeVisible();
  await expect(row).toHaveAttribute('data-state', 'revoked');
  await expect(row.getByRole('button', { name: 'Revocar' })).toHaveCount(0);

  const refused = await me(baseURL!, secret);
  expect(refused.status).toBe(401);
  expect((await refused.json()).error.message).toBe('The API token is unknown, revoked or expired');
});
