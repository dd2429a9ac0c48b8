import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from './support/accounts';

test('a signed-out visitor is sent to sign-in, a wrong password is refused, the right one opens the page asked for', async ({ page }) => {
  await page.goto('/db');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdb$/);
  await expect(page.getByRole('heading', { name: 'Pulso' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/sign-in.png' });

  await page.getByLabel('Correo electrónico').fill(ADMIN.email);
  await page.getByLabel('Contraseña').fill('not the password');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Correo' })).toHaveText('Correo o contraseña incorrectos.');
  await expect(page.getByLabel('Correo electrónico')).toHaveValue(ADMIN.email);

  await page.getByLabel('Contraseña').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page).toHaveURL(/\/db$/);
  await expect(page.getByTestId('current-user')).toContainText(`${ADMIN.email} · administrador`);

  await page.getByRole('button', { name: 'Salir' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/db');
  await expect(page).toHaveURL(/\/login/);
});

test('a session survives a reload', async ({ page }) => {
  await signIn(page);
  await page.reload();
  await expect(page.getByTestId('current-user')).toContainText(ADMIN.email);
});
