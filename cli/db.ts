// `npm run db:migrate | db:status | db:rollback | db:setup [check|validate|install|retention]`.
// What changes the database is audited (cli/audit.ts) under the API's action
// names where it has them: db.migrations.apply and db.migrations.rollback.
import type { Database } from '../lib/db/client';
import { applyPending, migrationStatus, rollbackLast } from '../lib/db/migrations';
import { detectCapabilities, missingFeatures } from '../lib/timescale/capabilities';
import { enforceRetention } from '../lib/timescale/retention';
import { installExtension, runSetup, type SetupAction } from '../lib/timescale/setup';
import { setupStatus, type SetupStatus } from '../lib/timescale/status';
import { audited } from './audit';
import { withDatabase } from './run';

const [command, sub] = process.argv.slice(2);

const commands: Record<string, () => Promise<never>> = {
  migrate: () =>
    withDatabase(async (database) => {
      const applied = await applyMigrations(database);
      console.log(applied.length ? applied.map((t) => `✓ applied ${t}`).join('\n') : 'Database is up to date.');
    }),
  status: () =>
    withDatabase(async ({ runner, url }) => {
      const status = await migrationStatus(runner);
      console.log(`Database: ${new URL(url).host}${new URL(url).pathname}`);
      for (const tag of status.applied) console.log(`  applied  ${tag}${status.drifted.includes(tag) ? '  ⚠ DRIFT: file changed since applied' : ''}`);
      for (const tag of status.pending) console.log(`  pending  ${tag}`);
      for (const tag of status.unknown) console.log(`  unknown  ${tag}  (applied here, no file in this checkout)`);
      console.log('\nHistory:');
      for (const h of status.history) {
        console.log(`  ${h.executedAt.toISOString()}  ${h.direction.padEnd(4)}  ${h.tag}  (${h.durationMs} ms)`);
      }
      return status.drifted.length > 0 ? 2 : 0;
    }),
  rollback: () =>
    withDatabase(async (database) => {
      const tag = await audited(database, 'db.migrations.rollback', () => rollbackLast(database.runner), (tag) => ({
        target: tag, params: { rolledBack: tag },
      }));
      console.log(tag ? `✓ rolled back ${tag}` : 'Nothing to roll back.');
    }),
  setup: () =>
    withDatabase(async (database) => {
      const { runner } = database;
      switch (sub) {
        case 'check': {
          const caps = await detectCapabilities(runner);
          console.log(`TimescaleDB available: ${caps.available ? 'yes' : 'no'}`);
          console.log(`TimescaleDB installed: ${caps.installed ? `yes (${caps.version})` : 'no'}`);
          console.log(`Edition: ${caps.edition}`);
          for (const m of missingFeatures(caps)) console.log(`  ✗ ${m.feature}: ${m.reason}`);
          return;
        }
        case 'validate':
          return printStatus(await setupStatus(runner));
        case 'install': {
          const action = await audited(database, 'db.setup.install', () => installExtension(runner), (a) => ({ target: a.target, params: { ...a } }));
          return printActions([action]);
        }
        case 'retention': {
          const results = await audited(database, 'db.retention', async () => enforceRetention(runner, await detectCapabilities(runner)), (results) => ({
            params: { results },
          }));
          for (const r of results) console.log(`  ${r.table}: ${r.method} older than ${r.olderThan} → ${r.removed} removed`);
          return;
        }
        case undefined: {
          const applied = await applyMigrations(database);
          for (const tag of applied) console.log(`✓ applied migration ${tag}`);
          const { actions, status } = await audited(database, 'db.setup', () => runSetup(runner), ({ actions }) => ({
            params: { actions: actions.map(({ step, target, outcome }) => ({ step, target, outcome })) },
          }));
          printActions(actions);
          console.log();
          return printStatus(status);
        }
        default:
          console.error(`Unknown setup step "${sub}". Use: check, validate, install, retention, or nothing for the full setup.`);
          return 2;
      }
    }),
};

/** Every run is audited, even one with nothing pending, as the API's apply is. */
function applyMigrations(database: Database) {
  return audited(database, 'db.migrations.apply', () => applyPending(database.runner), (applied) => ({ params: { applied } }));
}

const SYMBOL: Record<SetupAction['outcome'], string> = {
  created: '✓', updated: '↻', unchanged: '·', skipped: '-', unavailable: '✗',
};

function printActions(actions: SetupAction[]) {
  for (const a of actions) {
    console.log(`  ${SYMBOL[a.outcome]} ${a.step.padEnd(20)} ${a.target.padEnd(18)} ${a.outcome.padEnd(11)} ${a.detail}`);
  }
}

function printStatus(status: SetupStatus): number {
  const caps = status.capabilities;
  console.log(`TimescaleDB: ${caps?.installed ? `${caps.edition} edition ${caps.version}` : 'not installed'}`);
  for (const t of status.tables) {
    const kind = !t.exists ? 'MISSING' : t.hypertable?.actual ? `hypertable (${t.hypertable.actual})` : 'table';
    console.log(`  ${t.name.padEnd(20)} ${kind}`);
  }
  for (const p of status.problems) console.log(`  ! ${p}`);
  for (const m of status.missingFeatures) console.log(`  ✗ ${m.feature}: ${m.reason}`);
  console.log(`Overall Status: ${status.overall}`);
  return status.overall === 'error' || status.overall === 'incomplete' ? 1 : 0;
}

const run = command ? commands[command] : undefined;
if (!run) {
  console.error(`Usage: tsx cli/db.ts <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
await run();
