// The seed's setup_timescaledb: install the extension, turn the time tables into
// hypertables, then add what the edition supports. Every step is idempotent and
// reports what it did, so a second run reports nothing but "unchanged".
import { ActionableError } from '../errors';
import type { SqlRunner } from '../db/sql';
import type { SetupAction } from './action';
import { ensureContinuousAggregate } from './aggregates';
import { detectCapabilities, type Capabilities } from './capabilities';
import { ensureHypertable, listHypertables } from './hypertables';
import { CONTINUOUS_AGGREGATES, HYPERTABLES } from './plan';
import { ensureCompression, ensureRetentionPolicy } from './policies';
import { existingTables, REQUIRED_TABLES, setupStatus, type SetupStatus } from './status';

export type { SetupAction };

export async function installExtension(sql: SqlRunner): Promise<SetupAction> {
  const caps = await detectCapabilities(sql);
  const target = 'timescaledb';
  if (caps.installed) {
    return { step: 'extension', target, outcome: 'unchanged', detail: `${caps.edition} edition ${caps.version}` };
  }
  if (!caps.available) {
    return { step: 'extension', target, outcome: 'unavailable', detail: 'not on this server: tables stay plain PostgreSQL' };
  }
  try {
    await sql.query('CREATE EXTENSION IF NOT EXISTS timescaledb');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ActionableError(
      `CREATE EXTENSION timescaledb failed: ${reason}`,
      'Add timescaledb to shared_preload_libraries in postgresql.conf, restart PostgreSQL, and connect as a superuser.',
      { cause: error },
    );
  }
  const after = await detectCapabilities(sql);
  return { step: 'extension', target, outcome: 'created', detail: `${after.edition} edition ${after.version}` };
}

export async function runSetup(sql: SqlRunner): Promise<{ actions: SetupAction[]; status: SetupStatus }> {
  const actions = [await installExtension(sql)];
  const caps = await detectCapabilities(sql);
  await assertTablesExist(sql);
  if (caps.installed) actions.push(...(await configureTimescale(sql, caps)));
  return { actions, status: await setupStatus(sql) };
}

async function configureTimescale(sql: SqlRunner, caps: Capabilities): Promise<SetupAction[]> {
  const actions: SetupAction[] = [];
  const before = await listHypertables(sql);
  for (const plan of HYPERTABLES) actions.push(await ensureHypertable(sql, plan, before.get(plan.table)));

  if (caps.edition !== 'community') {
    const detail = 'apache edition: Pulso drops expired chunks itself with drop_chunks';
    for (const plan of HYPERTABLES.filter((p) => p.retention)) {
      actions.push({ step: 'retention', target: plan.table, outcome: 'unavailable', detail });
    }
    actions.push({ step: 'compression', target: '*', outcome: 'unavailable', detail: 'apache edition' });
    actions.push({ step: 'continuous aggregate', target: '*', outcome: 'unavailable', detail: 'apache edition' });
    return actions;
  }

  const hypertables = await listHypertables(sql);
  for (const plan of HYPERTABLES) {
    actions.push(await ensureRetentionPolicy(sql, plan));
    actions.push(await ensureCompression(sql, plan, hypertables.get(plan.table)));
  }
  for (const aggregate of CONTINUOUS_AGGREGATES) actions.push(await ensureContinuousAggregate(sql, aggregate));
  return actions;
}

async function assertTablesExist(sql: SqlRunner) {
  const existing = await existingTables(sql);
  const missing = REQUIRED_TABLES.filter((t) => !existing.has(t));
  if (missing.length > 0) {
    throw new ActionableError(`Tables missing: ${missing.join(', ')}.`, 'Run `npm run db:migrate` first.');
  }
}
