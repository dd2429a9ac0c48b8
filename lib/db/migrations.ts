// Applies drizzle-kit's generated migrations, each with a paired down file, and
// keeps an append-only history from which applied, pending and drift derive.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ActionableError } from '../errors';
import type { SqlRunner } from './sql';

/** A migration that cannot run or roll back; its transaction left the database as it was. */
export class MigrationError extends ActionableError {}

export interface Migration {
  tag: string;
  hash: string;
  up: string[];
  down: string[] | null;
}

export interface HistoryEntry {
  tag: string;
  direction: 'up' | 'down';
  hash: string;
  executedAt: Date;
  durationMs: number;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since they ran. */
  drifted: string[];
  /** Applied migrations with no file in this checkout (a newer build ran here). */
  unknown: string[];
  history: HistoryEntry[];
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'drizzle');
const BREAKPOINT = '--> statement-breakpoint';
// Any constant works; it only has to be the same in every Pulso process.
const LOCK_KEY = 7_404_190_311;

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map(({ tag }) => {
    const up = readFileSync(path.join(dir, `${tag}.sql`), 'utf8');
    const downFile = path.join(dir, 'down', `${tag}.sql`);
    return {
      tag,
      hash: createHash('sha256').update(up).digest('hex'),
      up: statements(up),
      down: existsSync(downFile) ? statements(readFileSync(downFile, 'utf8')) : null,
    };
  });
}

export async function migrationStatus(
  sql: SqlRunner,
  migrations = loadMigrations(),
): Promise<MigrationStatus> {
  // A read: a database Pulso never migrated simply has no history yet.
  const [{ exists }] = await sql.query<{ exists: boolean }>(
    `SELECT to_regclass('pulso_schema_history') IS NOT NULL AS exists`,
  );
  const history = exists ? await readHistory(sql) : [];
  const current = currentState(history);
  const files = new Map(migrations.map((m) => [m.tag, m]));
  return {
    applied: migrations.filter((m) => current.has(m.tag)).map((m) => m.tag),
    pending: migrations.filter((m) => !current.has(m.tag)).map((m) => m.tag),
    drifted: [...current].filter(([tag, hash]) => files.has(tag) && files.get(tag)!.hash !== hash).map(([tag]) => tag),
    unknown: [...current.keys()].filter((tag) => !files.has(tag)),
    history,
  };
}

/** Applies every pending migration in order, each in its own transaction. */
export async function applyPending(sql: SqlRunner, migrations = loadMigrations()): Promise<string[]> {
  await ensureHistoryTable(sql);
  const applied: string[] = [];
  for (;;) {
    const tag = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const current = currentState(await readHistory(tx));
      const next = migrations.find((m) => !current.has(m.tag));
      if (!next) return null;
      await run(tx, next, 'up', next.up);
      return next.tag;
    });
    if (!tag) return applied;
    applied.push(tag);
  }
}

/**
 * Rolls back the most recently applied migration with its down file. `keep`
 * names tables the caller cannot lose (the console keeps its users'): a down
 * file that drops one of them is refused.
 */
export async function rollbackLast(
  sql: SqlRunner,
  migrations = loadMigrations(),
  options: { keep?: readonly string[] } = {},
): Promise<string | null> {
  await ensureHistoryTable(sql);
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const current = currentState(await readHistory(tx));
    const last = migrations.findLast((m) => current.has(m.tag));
    if (!last) return null;
    if (!last.down) {
      throw new MigrationError(
        `Migration ${last.tag} has no down file (drizzle/down/${last.tag}.sql); cannot roll it back.`,
        'Write the down file beside the migration, then roll back again.',
      );
    }
    const dropped = (options.keep ?? []).filter((table) => dropsTable(last.down!, table));
    if (dropped.length > 0) {
      throw new MigrationError(
        `Rolling back ${last.tag} would drop ${dropped.join(', ')}, and with them every account signed in to the console.`,
        'Roll it back from a terminal instead: npm run db:rollback.',
      );
    }
    await run(tx, last, 'down', last.down);
    return last.tag;
  });
}

/** Whether a down file's statements drop `table` (what rollbackLast refuses for the tables it must keep). */
export function dropsTable(statements: string[], table: string): boolean {
  const pattern = new RegExp(`DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?("?public"?\\.)?"?${table}"?\\b`, 'i');
  return statements.some((s) => pattern.test(s));
}

async function run(tx: SqlRunner, migration: Migration, direction: 'up' | 'down', body: string[]) {
  const started = performance.now();
  for (const statement of body) {
    try {
      await tx.query(statement);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(
        `Migration ${migration.tag} (${direction}) failed: ${reason}\n  in: ${statement.slice(0, 200)}`,
        'Nothing of this migration was kept (it ran in one transaction): fix the cause, then run it again.',
        { cause: error },
      );
    }
  }
  await tx.query(
    'INSERT INTO pulso_schema_history (tag, direction, hash, duration_ms) VALUES ($1, $2, $3, $4)',
    [migration.tag, direction, migration.hash, Math.round(performance.now() - started)],
  );
}

function statements(text: string): string[] {
  return text.split(BREAKPOINT).map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim());
}

async function ensureHistoryTable(sql: SqlRunner) {
  // Under the lock: two processes racing CREATE TABLE IF NOT EXISTS can both fail.
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS pulso_schema_history (
      id serial PRIMARY KEY,
      tag text NOT NULL,
      direction text NOT NULL CHECK (direction IN ('up', 'down')),
      hash text NOT NULL,
      executed_at timestamptz NOT NULL DEFAULT now(),
      duration_ms integer NOT NULL
    )`);
  });
}

async function readHistory(sql: SqlRunner): Promise<HistoryEntry[]> {
  const rows = await sql.query<{ tag: string; direction: 'up' | 'down'; hash: string; executed_at: Date | string; duration_ms: number }>(
    'SELECT tag, direction, hash, executed_at, duration_ms FROM pulso_schema_history ORDER BY id',
  );
  return rows.map((r) => ({
    tag: r.tag,
    direction: r.direction,
    hash: r.hash,
    executedAt: new Date(r.executed_at),
    durationMs: r.duration_ms,
  }));
}

/** Applied tag → the hash it was applied with: the latest event per tag wins. */
function currentState(history: HistoryEntry[]): Map<string, string> {
  const state = new Map<string, string>();
  for (const entry of history) {
    if (entry.direction === 'up') state.set(entry.tag, entry.hash);
    else state.delete(entry.tag);
  }
  return state;
}
