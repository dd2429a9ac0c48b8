import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { ensureBuilt } from '../cli/build';
import { startConsoleProcess, type ConsoleProcess } from '../cli/console-process';
import { createUser } from '../lib/auth/users';
import { openDatabase, type Database } from '../lib/db/client';
import { applyPending } from '../lib/db/migrations';
import { MART_TABLES } from '../lib/etl/config';
import { refreshTables } from '../lib/etl/refresh';
import { createDemoSource } from '../lib/etl/sources/demo';
import { runSetup } from '../lib/timescale/setup';
import { ADMIN, signIn } from './support/accounts';

// The TimescaleDB page on a real server with TimescaleDB's apache edition (CI's
// PostgreSQL 15): hypertables with their sizes, chunks with their ranges, the
// retention Pulso enforces itself, and what this edition lacks said plainly.
// It needs such a server: PULSO_E2E_TIMESCALE_URL names it (.ci/run sets it).
const serverUrl = process.env.PULSO_E2E_TIMESCALE_URL;
const NAME = 'pulso_e2e_timescale';
test.skip(!serverUrl, 'PULSO_E2E_TIMESCALE_URL names no PostgreSQL server with TimescaleDB');
test.describe.configure({ timeout: 300_000 });

let admin: postgres.Sql;
let database: Database;
let server: ConsoleProcess;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const url = new URL(serverUrl!);
  admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${NAME}`);
  url.pathname = `/${NAME}`;
  // What an admin does on a new server: migrate, `npm run db:setup`, then the ETL loads the marts.
  database = await openDatabase(url.toString());
  await applyPending(database.runner);
  await runSetup(database.runner);
  const requests = MART_TABLES.map((table) => ({ table, mode: 'full_refresh' as const, trigger: 'cli' as const, force: true }));
  await refreshTables({ sql: database.sql, source: createDemoSource() }, requests);
  await createUser(database.db, { email: ADMIN.email, role: 'admin', name: 'admin', password: ADMIN.password });
  await ensureBuilt();
  server = await startConsoleProcess({ DATABASE_URL: url.toString(), AUTH_SECRET: 'e2e-timescale-console-secret-0123456789' });
});

test.afterAll(async () => {
  await server?.stop();
  await database?.close();
  await admin?.unsafe(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin?.end();
});

test('on the apache edition: hypertables with sizes and chunks, Pulso’s own retention, and what the edition lacks', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signIn(page);
  await page.goto('/timescale');
  await expect(page.getByTestId('edition')).toContainText(/apache/i);
  await expect(page.getByTestId('edition-text')).toContainText('edición apache: hypertables y drop_chunks, sin políticas, compresión ni agregados continuos');

  // Each time table is a hypertable with its configured chunk interval, real chunks and a size on disk.
  const dashboard = page.getByTestId('hypertable-dashboard_data');
  await expect(dashboard).toContainText('fecha_foto');
  await expect(dashboard).toContainText('7 días');
  await expect(dashboard).toContainText(/\d+(\.\d)? [KM]B/);
  const chunkCount = Number((await dashboard.locator('td').nth(3).innerText()).replace(/\D/g, ''));
  expect(chunkCount).toBeGreaterThan(40); // 13 months of weekly chunks
  await expect(page.getByTestId('hypertable-operation_data')).toContainText('1 día');
  await expect(page.getByTestId('hypertable-etl_execution_log')).toBeVisible();

  // The chunks of one hypertable, newest first, each with its range; the pick stays in the URL.
  await page.getByLabel('Hypertable', { exact: true }).selectOption('operation_data');
  await expect(page).toHaveURL(/hypertable=operation_data/);
  const chunks = page.getByRole('table', { name: 'Chunks de operation_data' });
  await expect(chunks.locator('tbody tr').first()).toContainText('operation_data');
  await expect(chunks.locator('tbody tr').first()).toContainText('→');
  await expect(chunks.locator('tbody tr').first()).toContainText('no');

  // Retention happens all the same: Pulso drops expired chunks itself; compression is plainly not there.
  const retention = page.getByTestId('policy-dashboard_data-retention');
  await expect(retention).toContainText('2 años');
  await expect(retention).toContainText('el worker de Pulso, con drop_chunks cada');
  await expect(page.getByTestId('policy-dashboard_data-compression')).toContainText('no disponible en la edición apache');
  await expect(page.getByTestId('unavailable-Compression')).toContainText('La edición apache de TimescaleDB no incluye compresión.');
  await expect(page.getByTestId('unavailable-Continuous aggregates')).toContainText('no incluye agregados continuos');
  await page.screenshot({ path: 'e2e/artifacts/timescale-apache.png', fullPage: true });
  await context.close();
});
