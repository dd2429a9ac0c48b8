// The e2e console's own embedded database (playwright.config.ts), for the
// specs that set up a state a user could not click into being (a tampered
// day, a run whose process died).
import { readFileSync } from 'node:fs';
import postgres from 'postgres';

export function e2eDatabase() {
  const password = readFileSync('.data-e2e/pg-password', 'utf8').trim();
  return postgres(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.PULSO_E2E_DB_PORT ?? 54339}/pulso`, { max: 1, onnotice: () => {} });
}
