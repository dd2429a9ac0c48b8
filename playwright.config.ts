import { defineConfig } from '@playwright/test';
import { ADMIN } from './e2e/support/accounts';

// Overridable so two checkouts can run their suites side by side.
const PORT = Number(process.env.PULSO_E2E_PORT ?? 3100);
const DB_PORT = process.env.PULSO_E2E_DB_PORT ?? '54339';

// End-to-end tests drive Debian's Chromium against the built console, on its
// own embedded PostgreSQL in .data-e2e (wiped at each run), never a dev's .data.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The first page of a fresh console waits for its database while the worker loads every table.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node -e "require('fs').rmSync('.data-e2e',{recursive:true,force:true})" && npx tsx cli/start.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PULSO_DATA_DIR: '.data-e2e',
      PULSO_EMBEDDED_PORT: DB_PORT,
      DATABASE_URL: '',
      PULSO_ADMIN_EMAIL: ADMIN.email,
      PULSO_ADMIN_PASSWORD: ADMIN.password,
    },
  },
});
