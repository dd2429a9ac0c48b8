// `npm run bench:dashboard-latency [-- --help]`: each dashboard's query
// function under 20 concurrent callers, on two years of production-volume data
// (≥ 10 M productivity_data rows), side by side: Pulso's reads (indexes and
// rollups) against the plain queries on a copy with only the primary keys.
// The databases are kept under --name for the next run.
import os from 'node:os';
import { parseArgs } from './dashboard-latency/args';
import { openBenchDatabases } from './dashboard-latency/databases';
import { runLoad } from './dashboard-latency/load';
import { maintenanceCosts } from './dashboard-latency/maintenance';
import { scenarioTable, summaryTable, table, verdicts, type EndpointResult } from './dashboard-latency/report';
import { requestFilters, sample, SCENARIOS } from './dashboard-latency/scenarios';
import { functionTarget, type Target } from './dashboard-latency/targets';

const TARGET_MS = 100;
/** The data ends here; two years of days lead up to it. */
const END = '2026-06-30';
const args = parseArgs(process.argv.slice(2));
const say = (text = '') => console.log(text);
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const volume = { end: END, days: 731, campaigns: args.campaigns, agents: args.agents, campaignsPerAgentDay: args.campaignsPerAgentDay };

const databases = await openBenchDatabases(args.url, args.name, volume, args.flavor, {
  rebuild: args.rebuild,
  onStep: (step) => say(typeof step === 'string' ? `  ${step}` : `  ${step.table}: ${step.rows.toLocaleString('en-US')} rows in ${step.seconds.toFixed(0)} s`),
});
try {
  const { pulso, plain } = databases;
  const [sizes] = await pulso.sql`
    SELECT (SELECT count(*) FROM productivity_data)::float8 AS productivity, (SELECT count(*) FROM operation_data)::float8 AS operation,
           (SELECT count(*) FROM dashboard_data)::float8 AS dashboard, (SELECT count(*) FROM evolution_data)::float8 AS evolution,
           (SELECT count(*) FROM assignment_data)::float8 AS assignment, pg_size_pretty(pg_database_size(current_database())) AS size`;
  const [{ archivo }] = await pulso.sql`SELECT archivo FROM dashboard_data WHERE fecha_foto = ${END} ORDER BY archivo LIMIT 1`;
  sample.archivo = archivo;
  say(`# bench/dashboard-latency — ${new Date().toISOString()}`);
  say();
  say(`Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; load average at start ${loadavg()}`);
  say(`Databases: ${databases.names.pulso} (${sizes.size}) and ${databases.names.plain}, ${args.flavor}${databases.built ? ', built by this run' : ', reused'}`);
  say(`Rows: ${Object.entries(sizes).filter(([k]) => k !== 'size').map(([k, v]) => `${k}_data ${Number(v).toLocaleString('en-US')}`).join(', ')}`);
  say(`Load: ${args.concurrency} concurrent callers in a closed loop, ${args.requests} requests (or 60 s) per endpoint and variant after ${args.warmup} warm-up requests; one pool of 10 connections per database, as the app opens`);
  say();

  const results: EndpointResult[] = [];
  for (const endpoint of args.endpoints) {
    const measure = (target: Target) => runLoad(
      (i) => target.call(endpoint, requestFilters(endpoint, i, END).filters),
      { concurrency: args.concurrency, requests: args.requests, seconds: 60, warmup: args.warmup },
    );
    const a = await measure(functionTarget('Pulso', pulso, true));
    const b = await measure(functionTarget('plain', plain, false));
    const result = { endpoint, pulso: a, plain: b, scenarioOf: (i: number) => requestFilters(endpoint, i, END).scenario };
    results.push(result);
    say(`## ${endpoint} (${SCENARIOS[endpoint].length} scenarios, mixed)`);
    say();
    say(scenarioTable(result));
    say();
  }
  say('## Summary');
  say();
  say(summaryTable(results));
  say();
  for (const line of verdicts(results, TARGET_MS)) say(line);
  say();
  say('## What the rollups cost the ETL (median of 3, each in a rolled-back transaction)');
  say();
  const costs = await maintenanceCosts(pulso, END);
  say(table(['mart', 'incremental window (its lookback)', 'rollup refresh s'], costs.map((c) => [c.table, c.window, c.seconds.toFixed(2)])));
  say();
  say(`Load average at the end: ${loadavg()}`);
} catch (error) {
  console.error(`✗ bench/dashboard-latency failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (args.drop) await databases.drop();
  else await databases.close();
}
