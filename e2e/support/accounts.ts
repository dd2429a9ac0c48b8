// The accounts the e2e console starts with (playwright.config.ts passes the
// admin to `npm start`), signing in through the real sign-in page, and more
// users made by that admin through the API, as the admin pages would.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Role } from '../../lib/auth/roles';

export const ADMIN = { email: 'admin@pulso.test', password: 'e2e admin password 2026' };

export interface Account {
  email: string;
  password: string;
}

export async function signIn(page: Page, account: Account = ADMIN) {
  await page.goto('/login');
  await page.getByLabel(/Correo electrónico|E-mail/).fill(account.email);
  await page.getByLabel(/Contraseña|Password/).fill(account.password);
  await page.getByRole('button', { name: /Ingresar|Sign in/ }).click();
  await expect(page.getByTestId('current-user')).toContainText(account.email);
}

/** A user of that role (once per e-mail), created by the admin through /api/v1/admin/users. */
export async function ensureUser(browser: Browser, role: Role, email = `${role}@pulso.test`): Promise<Account> {
  const account = { email, password: `e2e ${role} password 2026` };
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  const response = await apiAs(page.request, 'POST', '/api/v1/admin/users', { email, role, name: role, password: account.password });
  expect([201, 409]).toContain(response.status());
  await context.close();
  return account;
}

/** A same-origin API call with the page's session cookie, as the console's own scripts make. */
export function apiAs(request: APIRequestContext, method: string, path: string, data?: unknown) {
  const origin = new URL(process.env.PLAYWRIGHT_BASE_URL ?? `http://127.0.0.1:${process.env.PULSO_E2E_PORT ?? 3100}`).origin;
  return request.fetch(path, { method, data, headers: { origin } });
}
