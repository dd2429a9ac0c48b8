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

test('the sign-in page switches to English, and the console opens in English', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Collections ETL console')).toBeVisible();
  await expect(page).toHaveTitle('Sign in · Pulso');

  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'e-mail' })).toHaveText('Wrong e-mail or password.');

  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(`${ADMIN.email} · admin`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('too many failures for one e-mail are refused with a wait, said in the page’s language', async ({ page }) => {
  // A throwaway e-mail: its lock never touches the accounts other specs sign in with.
  // Its 5 failures stay well under the per-address limit (4 × 5) that 127.0.0.1 shares with them.
  const email = `locked-${Date.now()}@pulso.test`;
  const attempt = async (labels: { email: string; password: string; submit: string }, password: string) => {
    await page.getByLabel(labels.email).fill(email);
    await page.getByLabel(labels.password).fill(password);
    // Each attempt waits for the server's answer and the form to settle, so none is lost.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && 'next-action' in r.request().headers()),
      page.getByRole('button', { name: labels.submit }).click(),
    ]);
    await expect(page.getByRole('button', { name: labels.submit })).toBeEnabled();
  };
  const es = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Ingresar' };
  const alert = page.locator('form').getByRole('alert'); // not Next.js's route announcer
  await page.goto('/login');
  for (let n = 1; n <= 5; n++) {
    await attempt(es, `guess ${n}`);
    await expect(alert).toHaveText('Correo o contraseña incorrectos.');
  }
  await attempt(es, 'guess 6');
  await expect(alert).toHaveText(/^Demasiados intentos fallidos\. Vuelve a intentarlo en \d+ (s|min)\.$/);

  await page.getByLabel('Idioma').selectOption('en');
  await attempt({ email: 'E-mail', password: 'Password', submit: 'Sign in' }, 'guess 7');
  await expect(alert).toHaveText(/^Too many failed attempts\. Try again in \d+ (s|min)\.$/);
});
