import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from './support/accounts';

const ANA = { email: 'ana@pulso.test', password: 'ana e2e password 2026' };

test('an admin creates a user, changes their role and disables them — who then cannot sign in', async ({ browser, page }) => {
  test.setTimeout(90_000); // four sign-ins, each an argon2 hash on a shared machine
  await signIn(page);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Usuarios' })).toBeVisible();

  await page.getByLabel('Correo electrónico').fill(ANA.email);
  await page.getByLabel('Nombre').fill('Ana Quispe');
  await page.getByLabel('Rol', { exact: true }).selectOption('viewer');
  await page.getByLabel('Contraseña inicial').fill(ANA.password);
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(page.getByText(`Se creó ${ANA.email} con el rol lector.`)).toBeVisible();
  const row = page.getByTestId(`user-${ANA.email}`);
  await expect(row).toContainText('activo');
  await expect(row).toContainText('Ana Quispe');

  // A second user with that e-mail: the server's refusal, in words.
  await page.getByLabel('Correo electrónico').fill(ANA.email);
  await page.getByLabel('Contraseña inicial').fill(ANA.password);
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(page.getByText('No se creó el usuario')).toBeVisible();
  await expect(page.getByText(`A user with the e-mail ${ANA.email} already exists`)).toBeVisible();

  await row.getByLabel(`Rol de ${ANA.email}`, { exact: true }).selectOption('operator');
  const roleDialog = page.getByRole('dialog', { name: `¿Cambiar el rol de ${ANA.email}?` });
  await expect(roleDialog).toContainText('Pasará de lector a operador: además refresca y cancela ejecuciones');
  await roleDialog.getByRole('button', { name: 'Cambiar el rol' }).click();
  await expect(page.getByText(`${ANA.email} ahora es operador.`)).toBeVisible();
  await expect(row.getByLabel(`Rol de ${ANA.email}`, { exact: true })).toHaveValue('operator');

  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  await signIn(ana, ANA);
  await expect(ana.getByTestId('current-user')).toContainText('operador');

  await row.getByRole('button', { name: 'Desactivar' }).click();
  const disableDialog = page.getByRole('dialog', { name: `¿Desactivar a ${ANA.email}?` });
  await expect(disableDialog).toContainText('Ya no podrá ingresar');
  await disableDialog.getByRole('button', { name: 'Desactivar' }).click();
  await expect(page.getByText(`Se desactivó ${ANA.email}: ya no puede ingresar.`)).toBeVisible();
  await expect(row).toContainText('desactivado');

  // Her open session stops working, and signing in again is refused.
  await ana.reload();
  await expect(ana).toHaveURL(/\/login/);
  await ana.getByLabel('Correo electrónico').fill(ANA.email);
  await ana.getByLabel('Contraseña').fill(ANA.password);
  await ana.getByRole('button', { name: 'Ingresar' }).click();
  await expect(ana.getByRole('alert').filter({ hasText: 'Correo' })).toHaveText('Correo o contraseña incorrectos.');
  await anaContext.close();

  // The last admin cannot demote themselves.
  const me = page.getByTestId(`user-${ADMIN.email}`);
  await expect(me).toContainText('tú');
  await me.getByLabel(`Rol de ${ADMIN.email}`, { exact: true }).selectOption('viewer');
  await page.getByRole('dialog', { name: `¿Cambiar el rol de ${ADMIN.email}?` }).getByRole('button', { name: 'Cambiar el rol' }).click();
  await expect(page.getByText('Es el último administrador activo: primero haz administrador a otro usuario.')).toBeVisible();
  await expect(me.getByLabel(`Rol de ${ADMIN.email}`, { exact: true })).toHaveValue('admin');

  await page.screenshot({ path: 'e2e/artifacts/admin-users.png', fullPage: true });
  await row.getByRole('button', { name: 'Reactivar' }).click();
  await expect(page.getByText(`Se reactivó ${ANA.email}: puede volver a ingresar.`)).toBeVisible();
  await expect(row).toContainText('activo');
});
