import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPending, loadMigrations, migrationStatus, rollbackLast, MIGRATIONS_DIR } from '../../lib/db/migrations';
import { openDatabase } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const PRIMARY_KEYS: Record<string, string[]> = {
  dashboard_data: ['fecha_foto', 'archivo', 'cartera', 'servicio'],
  evolution_data: ['fecha_foto', 'archivo'],
  assignment_data: ['periodo', 'archivo', 'cartera'],
  operation_data: ['fecha_foto', 'hora', 'canal', 'archivo'],
  productivity_data: ['fecha_foto', 'correo_agente', 'archivo'],
  etl_execution_log: ['id', 'started_at'],
  etl_watermarks: ['id'],
  users: ['id'],
  api_tokens: ['id'],
  audit_log: ['id'],
  rollup_dashboard_daily: ['fecha_foto', 'cartera', 'servicio'],
  rollup_dashboard_campaigns: ['archivo', 'cartera', 'servicio'],
  rollup_operation_daily: ['fecha_foto', 'hora', 'canal'],
  rollup_productivity_running: ['fecha_foto', 'agente_id'],
  rollup_productivity_agents: ['agente_id'],
};

async function primaryKeys(db: TestDatabase) {
  const rows = await db.sql<{ table: string; columns: string[] }[]>`
    SELECT c.conrelid::regclass::text AS table,
           array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
     WHERE c.contype = 'p' AND c.connamespace = 'public'::regnamespace
       AND c.conrelid <> 'pulso_schema_history'::regclass
     GROUP BY c.conrelid`;
  return Object.fromEntries(rows.map((r) => [r.table, r.columns]));
}

/** A copy of drizzle/ that a test may edit without touching the real one. */
function migrationsCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulso-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('create every table with the primary keys of the spec', async () => {
    const applied = await applyPending(db.runner);
    expect(applied).toEqual(loadMigrations().map((m) => m.tag));
    expect(await primaryKeys(db)).toEqual(PRIMARY_KEYS);
  });

  it('enforce the CHECK constraints on hora, canal, servicio and counts', async () => {
    await applyPending(db.runner);
    const insertOperation = (hora: number, canal: string, gestiones = 1) =>
      db.sql`INSERT INTO operation_data (fecha_foto, hora, canal, archivo, total_gestiones)
             VALUES ('2026-01-05', ${hora}, ${canal}, 'A', ${gestiones})`;
    await expect(insertOperation(24, 'BOT')).rejects.toThrow(/operation_data_hora_check/);
    await expect(insertOperation(3, 'EMAIL')).rejects.toThrow(/operation_data_canal_check/);
    await expect(insertOperation(3, 'BOT', -1)).rejects.toThrow(/counts_non_negative/);
    await expect(
      db.sql`INSERT INTO dashboard_data (fecha_foto, archivo, cartera, servicio) VALUES ('2026-01-05', 'A', 'TEMPRANA', 'CABLE')`,
    ).rejects.toThrow(/dashboard_data_servicio_check/);
    await expect(
      db.sql`INSERT INTO assignment_data (periodo, archivo, cartera, fecha_asignacion) VALUES ('2026-13', 'A', 'OTRAS', '2026-01-01')`,
    ).rejects.toThrow(/assignment_data_periodo_check/);
    await insertOperation(23, 'HUMANO');
    expect(await db.sql`SELECT hora FROM operation_data`).toEqual([{ hora: 23 }]);
  });

  it('round-trip: rollback removes the schema, migrate brings it back', async () => {
    const tags = loadMigrations().map((m) => m.tag);
    await applyPending(db.runner);
    await db.sql`INSERT INTO etl_watermarks (table_name) VALUES ('dashboard_data')`;

    const rolledBack: string[] = [];
    for (let tag = await rollbackLast(db.runner); tag; tag = await rollbackLast(db.runner)) rolledBack.push(tag);
    expect(rolledBack).toEqual([...tags].reverse());
    expect(await primaryKeys(db)).toEqual({});
    const afterDown = await migrationStatus(db.runner);
    expect(afterDown.applied).toEqual([]);
    expect(afterDown.pending).toEqual(tags);

    expect(await applyPending(db.runner)).toEqual(tags);
    expect(await primaryKeys(db)).toEqual(PRIMARY_KEYS);
    const history = (await migrationStatus(db.runner)).history.map((h) => h.direction);
    expect(history).toEqual([...tags.map(() => 'up'), ...tags.map(() => 'down'), ...tags.map(() => 'up')]);
  });

  it('only read when asked for their status: a new database shows everything pending and is left untouched', async () => {
    const status = await migrationStatus(db.runner);
    expect(status.pending).toEqual(loadMigrations().map((m) => m.tag));
    expect(status.history).toEqual([]);
    const [{ created }] = await db.sql`SELECT to_regclass('pulso_schema_history') IS NOT NULL AS created`;
    expect(created).toBe(false);
  });

  it('report nothing to do once up to date, and nothing to roll back on an empty database', async () => {
    expect(await rollbackLast(db.runner)).toBeNull();
    await applyPending(db.runner);
    expect(await applyPending(db.runner)).toEqual([]);
  });

  it('report drift when an applied migration file changes, and pending for a new one', async () => {
    const dir = migrationsCopy();
    await applyPending(db.runner, loadMigrations(dir));

    const file = path.join(dir, '0000_initial_schema.sql');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n-- edited after it was applied\n');
    const journalFile = path.join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    journal.entries.push({ ...journal.entries[0], idx: 1, tag: '0001_add_note' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(path.join(dir, '0001_add_note.sql'), 'ALTER TABLE etl_watermarks ADD COLUMN note text;');

    const status = await migrationStatus(db.runner, loadMigrations(dir));
    expect(status.drifted).toEqual(['0000_initial_schema']);
    expect(status.pending).toEqual(['0001_add_note']);

    // A migration without a down file applies, but refuses to roll back.
    expect(await applyPending(db.runner, loadMigrations(dir))).toEqual(['0001_add_note']);
    await expect(rollbackLast(db.runner, loadMigrations(dir))).rejects.toThrow(/no down file/);
  });

  it('leave no trace of a migration that fails half-way', async () => {
    const dir = migrationsCopy();
    await applyPending(db.runner, loadMigrations(dir));
    const journalFile = path.join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    journal.entries.push({ ...journal.entries[0], idx: 1, tag: '0001_broken' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(
      path.join(dir, '0001_broken.sql'),
      'ALTER TABLE etl_watermarks ADD COLUMN note text;\n--> statement-breakpoint\nALTER TABLE no_such_table ADD COLUMN x int;',
    );
    await expect(applyPending(db.runner, loadMigrations(dir))).rejects.toThrow(/0001_broken \(up\) failed/);
    const [column] = await db.sql`SELECT 1 FROM information_schema.columns WHERE table_name = 'etl_watermarks' AND column_name = 'note'`;
    expect(column).toBeUndefined();
    expect((await migrationStatus(db.runner, loadMigrations(dir))).pending).toEqual(['0001_broken']);
  });

  it('apply each migration once when two processes start together', async () => {
    const other = await openDatabase(db.url);
    try {
      const [a, b] = await Promise.all([applyPending(db.runner), applyPending(other.runner)]);
      expect([...a, ...b].sort()).toEqual(loadMigrations().map((m) => m.tag));
      const ups = (await migrationStatus(db.runner)).history.filter((h) => h.direction === 'up');
      expect(ups).toHaveLength(loadMigrations().length);
    } finally {
      await other.close();
    }
  });
});
