// Everything the database page shows, read in one place.
import { env } from '../../env';
import { setupStatus, type SetupStatus } from '../../timescale/status';
import { getDatabase } from '../client';
import { redactUrl } from '../connection-error';
import { migrationStatus, type MigrationStatus } from '../migrations';

export interface DatabaseOverview {
  connection: { embedded: boolean; target: string; serverVersion: string; database: string };
  setup: SetupStatus;
  migrations: MigrationStatus;
}

export async function getDatabaseOverview(): Promise<DatabaseOverview> {
  const { runner, url } = await getDatabase();
  const [[server], setup, migrations] = await Promise.all([
    runner.query<{ version: string; database: string }>(
      `SELECT current_setting('server_version') AS version, current_database() AS database`,
    ),
    setupStatus(runner),
    migrationStatus(runner),
  ]);
  // The launcher hands the server the embedded URL as DATABASE_URL and says so.
  const embedded = process.env.PULSO_EMBEDDED === '1' || !env().externalDatabaseUrl;
  const parsed = new URL(redactUrl(url));
  return {
    connection: {
      embedded,
      target: `${parsed.hostname}:${parsed.port || 5432}`,
      serverVersion: server.version,
      database: server.database,
    },
    setup,
    migrations,
  };
}
