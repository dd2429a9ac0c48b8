import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

test('on plain PostgreSQL the TimescaleDB page says what is missing and how to get it, in Spanish and English', async ({ page }) => {
  await signIn(page);
  await page.goto('/timescale');
  await expect(page.getByRole('heading', { level: 1, name: 'TimescaleDB' })).toBeVisible();
  await expect(page.getByTestId('edition')).toHaveText('No instalado');
  await expect(page.getByTestId('edition-text')).toContainText('PostgreSQL estándar, sin TimescaleDB');
  await expect(page.getByTestId('missing-features')).toContainText('Hypertables:');
  await expect(page.getByTestId('missing-features')).toContainText('Pulso borra las filas vencidas él mismo con DELETE');
  await expect(page.getByTestId('how-to-get')).toContainText('Instala TimescaleDB edición community');

  // Each view explains itself instead of showing an empty table.
  for (const feature of ['Hypertables', 'Compression', 'Background jobs', 'Continuous aggregates']) {
    await expect(page.getByTestId(`unavailable-${feature}`).first()).toContainText('no disponible en esta base de datos');
  }
  await expect(page.getByTestId('unavailable-Hypertables')).toHaveCount(2); // hypertables and chunks
  await expect(page.getByTestId('unavailable-Compression')).toContainText('Cómo obtenerlo:');
  await page.getByTestId('unavailable-Compression').getByText('Lo que responde el servidor').click();
  await expect(page.getByTestId('unavailable-Compression')).toContainText('Needs TimescaleDB.');

  // Retention still happens: Pulso enforces it.
  const retention = page.getByTestId('policy-dashboard_data-retention');
  await expect(retention).toContainText('2 años');
  await expect(retention).toContainText('Pulso');
  await expect(retention).toContainText('DELETE cada 6 horas');
  await expect(page.getByTestId('policy-dashboard_data-compression')).toContainText('no disponible en PostgreSQL estándar');
  await page.screenshot({ path: 'e2e/artifacts/timescale.png', fullPage: true });

  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByTestId('edition-text')).toHaveText('Plain PostgreSQL, without TimescaleDB: the tables are ordinary tables and Pulso enforces retention itself.');
  await expect(page.getByTestId('how-to-get')).toContainText('Install the TimescaleDB community edition');
  await expect(page.getByTestId('policy-dashboard_data-retention')).toContainText('DELETE every 6 hours');
  await expect(page.getByRole('heading', { name: 'Retention and compression policies' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/timescale-en.png', fullPage: true });
});
