// What the database page's migration buttons will do, read before anyone
// presses them: the pending migrations "apply" runs, and the down file
// "rollback" runs — or why the console refuses to run it.
import { dropsTable, loadMigrations, type Migration, type MigrationStatus } from '../migrations';

/** The console's own accounts: a rollback from the console may not drop them (it would lock everyone out). */
export const CONSOLE_TABLES = ['users', 'api_tokens', 'audit_log'] as const;

export interface RollbackPlan {
  /** The last applied migration: the one a rollback undoes. */
  tag: string;
  /** drizzle/down/<tag>.sql, or null when the migration has none (the rollback fails). */
  downFile: string | null;
  statements: string[];
  /** Console tables its down file drops: non-empty means the console refuses it. */
  dropsConsoleTables: string[];
}

export interface MigrationPlan {
  apply: { tag: string; statements: number }[];
  rollback: RollbackPlan | null;
}

export function migrationPlan(status: MigrationStatus, migrations: Migration[] = loadMigrations()): MigrationPlan {
  const applied = new Set(status.applied);
  const last = migrations.findLast((m) => applied.has(m.tag));
  return {
    apply: migrations.filter((m) => status.pending.includes(m.tag)).map((m) => ({ tag: m.tag, statements: m.up.length })),
    rollback: last
      ? {
          tag: last.tag,
          downFile: last.down ? `drizzle/down/${last.tag}.sql` : null,
          statements: last.down ?? [],
          dropsConsoleTables: last.down ? CONSOLE_TABLES.filter((t) => dropsTable(last.down!, t)) : [],
        }
      : null,
  };
}
