import { expect, test } from '@playwright/test';
import { apiAs, signIn } from './support/accounts';
import { e2eDatabase } from './support/database';

test('after the demo load, a table validates: schema as the model, and the days reconciled', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page);
  // The console's worker loads every table within a minute or so of its start.
  await expect.poll(async () => {
    const response = await apiAs(page.request, 'GET', '/api/v1/etl/status');
    const { tables } = (await response.json()).data as { tables: { table: string; lastSuccessAt: string | null }[] };
    return tables.filter((t) => t.lastSuccessAt !== null).length;
  }, { timeout: 120_000, intervals: [2_000] }).toBe(5);

  await page.goto('/validation');
  await expect(page.getByRole('heading', { level: 1, name: 'Validación' })).toBeVisible();
  for (const table of ['dashboard_data', 'evolution_data', 'assignment_data', 'operation_data', 'productivity_data']) {
    await expect(page.getByTestId(`validation-${table}`).getByTestId('verdict')).toBeVisible({ timeout: 30_000 });
  }
  await page.screenshot({ path: 'e2e/artifacts/validation.png', fullPage: true });

  await page.getByTestId('validation-dashboard_data').getByRole('link', { name: 'dashboard_data' }).click();
  await expect(page).toHaveURL(/\/validation\/dashboard_data\?days=7$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Validación de dashboard_data' })).toBeVisible();
  await expect(page.getByTestId('schema-ok')).toContainText('Cada columna, su tipo y la clave primaria son los del modelo.');
  const days = page.getByRole('table', { name: /Conciliación de dashboard_data por día, últimos 7 días/ });
  await expect(days.locator('tbody tr')).toHaveCount(7);
  // Only today and the two days before change in the demo between refreshes: older days must agree.
  await expect(days.locator('tbody tr').last()).toHaveAttribute('data-state', 'ok');
  await expect(days.locator('tbody tr[data-state="ok"]')).not.toHaveCount(0);
  const verdict = await page.getByTestId('verdict').getAttribute('data-verdict');
  if (verdict === 'ok') await expect(page.getByTestId('verdict-text')).toContainText('los 7 días cuadran con el origen');
  else await expect(page.locator('td[data-differs="true"]').first()).toBeVisible();

  // One account too many in one row of the oldest day: that day, that column, flagged with the delta.
  const oldest = (await days.locator('tbody tr').last().getAttribute('data-testid'))!.replace('day-', '');
  const sql = e2eDatabase();
  const bump = (by: number) => sql`
    UPDATE dashboard_data SET cuentas = cuentas + ${by}
     WHERE (fecha_foto, archivo, cartera, servicio) = (
       SELECT fecha_foto, archivo, cartera, servicio FROM dashboard_data WHERE fecha_foto = ${oldest}
        ORDER BY archivo, cartera, servicio LIMIT 1)`;
  try {
    await bump(1);
    await page.getByRole('button', { name: 'Volver a validar' }).click();
    const day = page.getByTestId(`day-${oldest}`);
    await expect(day).toHaveAttribute('data-state', 'differs');
    await expect(day.locator('td[data-differs="true"]')).toHaveCount(1);
    await expect(day.locator('td[data-differs="true"]')).toContainText('Δ +1');
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'differs');
    await expect(page.getByTestId('verdict-text')).toContainText('de 7 días no cuadran con el origen');
    await page.getByLabel('Solo los días que difieren').check();
    await expect(days.locator('tbody tr[data-state="ok"]')).toHaveCount(0);
    await page.screenshot({ path: 'e2e/artifacts/validation-table.png', fullPage: true });
  } finally {
    await bump(-1);
    await sql.end();
  }

  // N is in the URL.
  await page.getByLabel('Días', { exact: true }).selectOption('14');
  await expect(page).toHaveURL(/days=14$/);
  await expect(page.getByRole('table', { name: /últimos 14 días/ }).locator('tbody tr')).toHaveCount(14);
  await page.getByLabel('Tabla', { exact: true }).selectOption('operation_data');
  await expect(page).toHaveURL(/\/validation\/operation_data\?days=14$/);
  await expect(page.getByRole('table', { name: /Conciliación de operation_data por día, últimos 14 días/ }).locator('tbody tr')).toHaveCount(14);
});
