import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ensureUser, signIn } from './support/accounts';
import { waitForIdleEtl } from './support/etl';

// A manager (viewer role) explores the preview dashboards on the demo data the
// console's worker loads: figures render, filters change them, the URL
// reproduces the view, and CSV exports hold the rows shown.

// Each test waits for the worker's first load; on a busy machine that and the charts take a while.
test.describe.configure({ timeout: 120_000 });

async function asViewer(page: Page, browser: Parameters<typeof ensureUser>[0]) {
  await signIn(page, await ensureUser(browser, 'viewer'));
  await waitForIdleEtl(page.request);
}

/** The number a KPI card shows, by its label. */
const kpi = (page: Page, label: string) => page.getByTestId('kpi').filter({ hasText: label }).getByTestId('kpi-value');
const bodyRows = (table: Locator) => table.locator('tbody tr');
/** Where a column is, by its full name (headers may show a short one; the sort button carries the full). */
async function columnIndex(table: Locator, header: string) {
  const names = await table.locator('thead th button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  const index = names.indexOf(`Ordenar por ${header}`);
  expect(index, `column ${header} in ${names.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return index;
}
/** A cell's text by its column, in one row. */
async function cell(table: Locator, row: Locator, header: string) {
  return (await row.locator('th, td').nth(await columnIndex(table, header)).innerText()).trim();
}
/** A column's numbers, top to bottom. */
async function columnNumbers(table: Locator, header: string) {
  const index = await columnIndex(table, header);
  const texts = await bodyRows(table).evaluateAll((rows, i) => rows.map((r) => r.children[i].textContent ?? ''), index);
  return texts.map((text) => Number(text.replace(/[^\d.]/g, '')));
}

async function exportCsv(page: Page, table: string) {
  const card = page.locator('section').filter({ has: page.getByTestId(`table-${table}`) });
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Exportar CSV' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  return { name: download.suggestedFilename(), lines: text.trim().split('\r\n').map((line) => line.split(',')) };
}

test('resumen: KPIs and tables by cartera and servicio; a cartera filter changes the figures; the URL and the CSV reproduce the view', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await asViewer(page, browser);
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Resumen de gestión' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen de gestión' })).toBeVisible();
  await expect(page.getByTestId('period')).toContainText('Último día cargado');

  const byCartera = page.getByTestId('table-resumen-cartera');
  await expect(bodyRows(byCartera)).not.toHaveCount(0);
  const allCuentas = await kpi(page, 'Cuentas').innerText();
  const total = byCartera.locator('tfoot tr');
  expect(await cell(byCartera, total, 'Cuentas')).toBe(allCuentas);
  await expect(page.getByTestId('table-resumen-servicio').locator('tbody tr')).toHaveCount(2);
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/dashboard-resumen.png', fullPage: true });

  // One cartera: its row's figures become the totals, and the URL says so.
  const temprana = bodyRows(byCartera).filter({ hasText: 'TEMPRANA' });
  const tempranaCuentas = await cell(byCartera, temprana, 'Cuentas');
  await page.getByRole('button', { name: 'TEMPRANA' }).click();
  await expect(page).toHaveURL(/cartera=TEMPRANA/);
  await expect(kpi(page, 'Cuentas')).toHaveText(tempranaCuentas);
  expect(tempranaCuentas).not.toBe(allCuentas);
  await expect(bodyRows(byCartera)).toHaveCount(1);

  // A cut-off date in the past changes the figures again; the address holds both filters.
  await page.getByLabel('Fechas').selectOption('cutoff');
  const cutoff = page.getByLabel('Corte');
  await cutoff.fill('2026-09-15');
  await expect(page).toHaveURL(/fecha_corte=2026-09-15/);
  await expect(page.getByTestId('period')).toContainText(/Corte al 15 set\.? 2026/);
  const septemberCuentas = await kpi(page, 'Cuentas').innerText();
  expect(septemberCuentas).not.toBe(tempranaCuentas);

  // The shared link shows the same view to someone else.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByTestId('period')).toContainText(/Corte al 15 set\.? 2026/);
  await expect(kpi(other, 'Cuentas')).toHaveText(septemberCuentas);
  await expect(other.getByRole('button', { name: 'TEMPRANA' })).toHaveAttribute('aria-pressed', 'true');
  await other.close();

  // The CSV holds the rows shown, total last, numbers raw.
  await page.getByRole('button', { name: 'Limpiar filtros' }).click();
  await expect(page).not.toHaveURL(/\?/);
  await expect(bodyRows(byCartera)).not.toHaveCount(1);
  const shown = await bodyRows(byCartera).locator('th').allInnerTexts();
  const csv = await exportCsv(page, 'resumen-cartera');
  expect(csv.name).toMatch(/^pulso-resumen-cartera-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.lines[0].slice(0, 3)).toEqual(['Grupo', 'Cuentas', '% Cobertura']);
  expect(csv.lines.slice(1, -1).map((l) => l[0])).toEqual(shown);
  expect(csv.lines.at(-1)![0]).toBe('Total');
  expect(Number(csv.lines.at(-1)![1]).toLocaleString('es-PE')).toBe(allCuentas);
});

test('tables sort on a click, and the exported rows follow the order shown', async ({ page, browser }) => {
  await asViewer(page, browser);
  await page.goto('/dashboards/productividad');
  const ranking = page.getByTestId('table-productividad-ranking');
  await expect(bodyRows(ranking).first()).toBeVisible();
  await expect(bodyRows(ranking).first().locator('th')).toHaveText('1');
  await expect(bodyRows(ranking)).toHaveCount(25);
  await expect(ranking.getByText('Q1').first()).toBeVisible();
  await expect(page.getByTestId('heatmap').locator('tbody tr')).not.toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/dashboard-productividad.png', fullPage: true });

  const sortBy = ranking.getByRole('button', { name: 'Ordenar por Gestiones' });
  await sortBy.click();
  await expect(ranking.locator('thead th[aria-sort="descending"]')).toContainText('Gestiones');
  const values = await columnNumbers(ranking, 'Gestiones');
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await sortBy.click();
  await expect(ranking.locator('thead th[aria-sort="ascending"]')).toContainText('Gestiones');
  const ascending = await columnNumbers(ranking, 'Gestiones');
  expect(ascending).toEqual([...values].sort((a, b) => a - b));

  const csv = await exportCsv(page, 'productividad-ranking');
  const column = csv.lines[0].indexOf('Gestiones');
  expect(csv.lines.slice(1).map((l) => Number(l[column]))).toEqual(ascending);

  // The next page continues the ranking where this one ended (tied agents share a rank).
  await ranking.getByRole('button', { name: 'Ordenar por Puesto' }).click();
  await ranking.getByRole('button', { name: 'Ordenar por Puesto' }).click();
  const lastRank = (await columnNumbers(ranking, 'Puesto')).at(-1)!;
  await page.getByRole('button', { name: 'Siguientes →' }).click();
  await expect(page).toHaveURL(/offset=25/);
  await expect.poll(async () => (await columnNumbers(ranking, 'Puesto'))[0]).toBeGreaterThanOrEqual(lastRank);
  await expect(page.getByText(/Puestos 26–50 de \d+ agentes/)).toBeVisible();
});

test('evolución: one curve per campaign, the metric picker in the URL', async ({ page, browser }) => {
  await asViewer(page, browser);
  await page.goto('/dashboards/evolucion');
  const campaigns = page.getByTestId('table-evolucion-pctContac');
  await expect(bodyRows(campaigns)).not.toHaveCount(0);
  const count = await bodyRows(campaigns).count();
  await expect(page.locator('.recharts-line')).toHaveCount(count);
  await page.screenshot({ path: 'e2e/artifacts/dashboard-evolucion.png', fullPage: true });

  await page.getByLabel('Métrica').selectOption('totalGestiones');
  await expect(page).toHaveURL(/metrica=totalGestiones/);
  const gestiones = page.getByTestId('table-evolucion-totalGestiones');
  await expect(bodyRows(gestiones)).toHaveCount(count);
  // Counts, not percentages, in the table now.
  expect(await cell(gestiones, bodyRows(gestiones).first(), 'Último valor')).not.toContain('%');

  await page.getByRole('button', { name: 'ALTAS_NUEVAS' }).click();
  await expect(page).toHaveURL(/cartera=ALTAS_NUEVAS/);
  await expect(bodyRows(gestiones)).not.toHaveCount(count);
  for (const carteraCell of await bodyRows(page.getByTestId('table-evolucion-totalGestiones')).locator('td:nth-child(2)').allInnerTexts()) {
    expect(carteraCell).toBe('ALTAS_NUEVAS');
  }
});

test('asignación: the month against the previous one, its composition and each file', async ({ page, browser }) => {
  await asViewer(page, browser);
  await page.goto('/dashboards/asignacion');
  await expect(page.getByText(/^Periodo \d{4}-\d{2}/)).toBeVisible();
  await expect(kpi(page, 'Cuentas')).not.toHaveText('0');
  const composition = page.getByTestId('table-asignacion-composicion');
  const detail = page.getByTestId('table-asignacion-detalle');
  await expect(bodyRows(composition)).not.toHaveCount(0);
  await expect(bodyRows(detail)).not.toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/dashboard-asignacion.png', fullPage: true });

  // The detail lists every file of the month: as many as the KPI counts.
  await expect(kpi(page, 'Campañas')).toHaveText(String(await bodyRows(detail).count()));
  // The options: the latest month (the default), then every month, newest first: take the one before the latest.
  const periodos = await page.getByLabel('Periodo').locator('option').allInnerTexts();
  const earlier = periodos[2];
  await page.getByLabel('Periodo').selectOption(earlier);
  // A past month is read whole: cut on its last day.
  await expect(page).toHaveURL(new RegExp(`fecha_corte=${earlier}-(28|29|30|31)$`));
  await expect(page.getByText(new RegExp(`^Periodo ${earlier}`))).toBeVisible();
  await expect(bodyRows(detail).first().locator('td').nth(1)).toContainText(/\d{4}/);
  const files = await bodyRows(detail).count();
  await expect(kpi(page, 'Campañas')).toHaveText(String(files));
  await expect(page.getByTestId('kpi').filter({ hasText: 'Campañas' })).toContainText('Mes anterior');
});

test('operación: the hourly chart by canal, and a canal filter narrows the channel table', async ({ page, browser }) => {
  await asViewer(page, browser);
  await page.goto('/dashboards/operacion');
  const channels = page.getByTestId('table-operacion-canal');
  await expect(bodyRows(channels)).toHaveCount(2);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const total = await cell(channels, channels.locator('tfoot tr'), 'Gestiones');
  const bot = await cell(channels, bodyRows(channels).filter({ hasText: 'BOT' }), 'Gestiones');
  const humano = await cell(channels, bodyRows(channels).filter({ hasText: 'HUMANO' }), 'Gestiones');
  const n = (text: string) => Number(text.replace(/[^\d]/g, ''));
  expect(n(bot) + n(humano)).toBe(n(total));
  await page.screenshot({ path: 'e2e/artifacts/dashboard-operacion.png', fullPage: true });

  await page.getByLabel('Canal', { exact: true }).selectOption('HUMANO');
  await expect(page).toHaveURL(/canal=HUMANO/);
  await expect(bodyRows(channels)).toHaveCount(1);
  await expect(kpi(page, 'Gestiones')).toHaveText(humano);
  for (const canal of await bodyRows(page.getByTestId('table-operacion-hora')).locator('td:nth-child(2)').allInnerTexts()) {
    expect(canal).toBe('HUMANO');
  }
});

test('a URL with bad filters says what is wrong instead of showing figures', async ({ page, browser }) => {
  await asViewer(page, browser);
  const notice = page.getByRole('alert').filter({ hasText: 'La dirección trae filtros que no son válidos' });
  await page.goto('/dashboards/resumen?desde=2026-10-10');
  await expect(notice).toContainText('hasta: desde and hasta go together');
  await page.goto('/dashboards/resumen?cartera=NADA');
  await expect(notice).toContainText('cartera: "NADA" is not one of TEMPRANA');
  await expect(page.getByTestId('kpi')).toHaveCount(0);
  await page.getByRole('button', { name: 'Limpiar filtros' }).click();
  await expect(page.getByTestId('kpi').first()).toBeVisible();
});
