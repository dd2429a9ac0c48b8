// The accounts the e2e console starts with (playwright.config.ts passes the
// admin to `npm start`), and signing in through the real sign-in page.
import { expect, type Page } from '@playwright/test';

export const ADMIN = { email: 'admin@pulso.test', password: 'e2e admin password 2026' };

export async function signIn(page: Page, account: { email: string; password: string } = ADMIN) {
  await page.goto('/login');
  await page.getByLabel('Correo electrónico').fill(account.email);
  await page.getByLabel('Contraseña').fill(account.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByTestId('current-user')).toContainText(account.email);
}
