import { defineConfig } from 'drizzle-kit';

// Only generates SQL: Pulso applies migrations itself (lib/db/migrations.ts),
// because it also keeps a down file for each and detects drift.
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema/index.ts',
  out: './drizzle',
});
