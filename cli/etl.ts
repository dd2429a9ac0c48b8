// `npm run etl -- <command>`: the seed's ETL commands, run in this process
// against the configured database and source.
import { applyPending } from '../lib/db/migrations';
import { MART_TABLES, type MartTable } from '../lib/etl/config';
import { cleanup, planCleanup } from '../lib/etl/maintenance';
import { resetWatermarkSafely } from '../lib/etl/operations';
import { planRecovery, recover } from '../lib/etl/recovery';
import { refreshTables, type RefreshOutcome } from '../lib/etl/refresh';
import { concurrencySchema, dateSchema, daysSchema, modeSchema, parseOrThrow, staleMinutesSchema, tableSchema } from '../lib/etl/requests';
import { sourceFromEnv } from '../lib/etl/sources';
import { etlStatus } from '../lib/etl/status';
import { checkSchema, reconcile } from '../lib/etl/validate';
import { listWatermarks } from '../lib/etl/watermarks';
import { auditCli } from './audit';
import { fmt, progressPrinter } from './progress';
import { parseCommandLine, withDatabase } from './run';

const USAGE = `Usage: npm run etl -- <command>
  refresh <table…|--all> [--force] [--mode incremental|full_refresh|sliding_window] [--concurrency N]
  status | watermarks | test
  validate [table] [--days N]
  cleanup [--stale-minutes N] [--dry-run]
  recover [--dry-run]
  reset <table> <YYYY-MM-DD>`;

const { positionals, values } = parseCommandLine({
  all: { type: 'boolean' }, force: { type: 'boolean' }, mode: { type: 'string' },
  concurrency: { type: 'string' }, days: { type: 'string' }, 'stale-minutes': { type: 'string' },
  'dry-run': { type: 'boolean' }, help: { type: 'boolean' },
}, USAGE);
const [command, ...args] = positionals;

if (!command || values.help) {
  console.log(USAGE);
  process.exit(command || values.help ? 0 : 1);
}

await withDatabase(async ({ sql, db, runner: sqlRunner }) => {
  // Like `npm start`: a fresh database (the embedded default's first use) gets its tables first.
  for (const tag of await applyPending(sqlRunner)) console.log(`▸ applied migration ${tag}`);
  const runner = () => ({ sql, source: sourceFromEnv() });
  switch (command) {
    case 'refresh': {
      if (!values.all && args.length === 0) throw new Error(`Name a table or use --all.\n${USAGE}`);
      const tables = values.all ? [...MART_TABLES] : args.map((t) => parseOrThrow(tableSchema, t));
      const mode = parseOrThrow(modeSchema, values.mode ?? 'incremental');
      const concurrency = parseOrThrow(concurrencySchema, values.concurrency ?? 2);
      const progress = progressPrinter();
      const requests = tables.map((table) => ({ table, mode, trigger: 'cli' as const, force: values.force, triggeredBy: 'cli' }));
      const outcomes = await refreshTables({ ...runner(), onProgress: progress.update }, requests, concurrency);
      outcomes.forEach(printOutcome);
      return outcomes.some((o) => o.status === 'failed' || o.status === 'cancelled') ? 1 : 0;
    }
    case 'status': {
      const { health, tables } = await etlStatus(sql);
      console.log(`ETL health: ${health}`);
      for (const t of tables) {
        const age = t.ageHours === null ? 'never loaded' : `${t.ageHours.toFixed(1)} h ago`;
        const active = t.activeRun ? `  ⟳ ${t.activeRun.status} ${t.activeRun.phase ?? ''} (run ${t.activeRun.id})` : '';
        console.log(`  ${t.table.padEnd(18)} ${t.freshness.padEnd(6)} last success ${age}, every ${t.refreshEveryHours} h${active}`);
      }
      return health === 'unhealthy' ? 1 : 0;
    }
    case 'watermarks':
      for (const w of await listWatermarks(sql)) {
        console.log(`  ${w.tableName.padEnd(18)} ${(w.watermark ?? '—').padEnd(10)}  ${w.lastExtractionStatus ?? 'never run'}  ${fmt(w.recordsExtracted)} rows${w.errorMessage ? `  ✗ ${w.errorMessage}` : ''}`);
      }
      return 0;
    case 'test': {
      const source = sourceFromEnv();
      const { detail } = await source.test();
      console.log(`✓ source: ${detail}`);
      console.log('✓ database: reachable');
      return 0;
    }
    case 'validate':
      return validate(sql, args[0] ? [parseOrThrow(tableSchema, args[0])] : [...MART_TABLES], parseOrThrow(daysSchema, values.days ?? 7));
    case 'cleanup': {
      const staleAfterMinutes = values['stale-minutes'] ? parseOrThrow(staleMinutesSchema, values['stale-minutes']) : undefined;
      const dryRun = Boolean(values['dry-run']);
      const report = dryRun ? await planCleanup(sql, { staleAfterMinutes }) : await cleanup(sql, { staleAfterMinutes });
      await auditCli(db, { action: 'etl.cleanup', target: dryRun ? 'dry run' : null, params: { staleAfterMinutes }, result: 'success' });
      const [runs, tables] = dryRun ? ['would be failed', 'would be dropped'] : ['failed', 'dropped'];
      console.log(`${dryRun ? 'Dry run, nothing changed' : '✓ cleanup'}: ${report.abandonedRuns.length} abandoned runs ${runs}, ${report.droppedStagingTables.length} staging tables ${tables}`);
      for (const r of report.abandonedRuns) console.log(`  run ${r.id} (${r.table}) abandoned`);
      for (const t of report.droppedStagingTables) console.log(`  staging ${t}`);
      return 0;
    }
    case 'recover': {
      if (values['dry-run']) {
        const plan = await planRecovery({ sql });
        console.log(plan.failingTables.length ? 'Recovery would run cleanup, then:' : 'Nothing to recover: no table is failing.');
        for (const s of plan.steps) console.log(`  ${s.mode.padEnd(12)} ${s.table}${s.onlyIfStillFailing ? ' (only if still failing)' : ''}`);
        return 0;
      }
      const report = await recover({ ...runner(), onProgress: progressPrinter().update }, { triggeredBy: 'cli' });
      await auditCli(db, { action: 'etl.recover', params: { stillFailing: report.stillFailing }, result: report.stillFailing.length ? 'failure' : 'success' });
      report.outcomes.forEach(printOutcome);
      console.log(report.stillFailing.length ? `✗ still failing: ${report.stillFailing.join(', ')}` : '✓ recovery complete');
      return report.stillFailing.length ? 1 : 0;
    }
    case 'reset': {
      if (args.length !== 2) throw new Error(`reset needs a table and a date.\n${USAGE}`);
      const table = parseOrThrow(tableSchema, args[0]);
      const result = await resetWatermarkSafely(sql, table, parseOrThrow(dateSchema, args[1]), 'cli');
      await auditCli(db, { action: 'etl.watermark.reset', target: table, params: result, result: 'success' });
      console.log(`✓ ${result.table}: watermark ${result.previous ?? '—'} → ${result.watermark}`);
      return 0;
    }
    default:
      throw new Error(`Unknown command "${command}".\n${USAGE}`);
  }
});

function printOutcome(o: RefreshOutcome) {
  if (o.status === 'success') {
    const c = o.counts;
    console.log(`✓ ${o.table}: ${fmt(o.extracted)} rows from ${o.window.start ?? 'the start'} to ${o.window.end} (${o.window.mode}) — ${fmt(c.inserted)} new, ${fmt(c.updated)} changed, ${fmt(c.unchanged)} unchanged, ${fmt(c.deleted)} deleted, ${fmt(o.rejected)} rejected`);
  } else if (o.status === 'skipped') console.log(`· ${o.table}: skipped — ${o.reason} (use --force)`);
  else if (o.status === 'already_running') console.log(`· ${o.table}: already running as run ${o.runId}`);
  else if (o.status === 'not_claimed') console.log(`· ${o.table}: run ${o.runId} was taken by another process`);
  else console.log(`✗ ${o.table}: ${o.status} — ${o.error}`);
}

async function validate(sql: Parameters<typeof checkSchema>[0], tables: MartTable[], days: number) {
  const source = sourceFromEnv();
  let problems = 0;
  for (const table of tables) {
    const schema = await checkSchema(sql, table);
    const daysReport = await reconcile(sql, source, table, { days });
    const differing = daysReport.filter((d) => d.differences.length > 0);
    problems += schema.length + differing.length;
    console.log(`${schema.length + differing.length === 0 ? '✓' : '✗'} ${table}: schema ${schema.length ? `${schema.length} problems` : 'matches the model'}, ${days} days reconciled, ${differing.length} differ`);
    for (const p of schema) console.log(`    ${p.column}: ${p.problem}`);
    for (const d of differing) console.log(`    ${d.date}: ${d.differences.map((c) => c === 'rows' ? `rows ${d.source.rows} vs ${d.target.rows}` : `${c} ${d.source.sums[c]} vs ${d.target.sums[c]}`).join(', ')}`);
  }
  return problems > 0 ? 1 : 0;
}
