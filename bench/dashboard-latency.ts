// `npm run bench:dashboard-latency [-- --help]`: each dashboard endpoint of
// the built console over HTTP under 20 concurrent connections, and each
// dashboard page's time to show its data in Chromium, on two years of
// production-volume data (≥ 10 M productivity_data rows), side by side:
// Pulso's reads (indexes and rollups) against the plain queries on a copy
// with only the primary keys. The databases are kept under --name for the next run.
import os from 'node:os';
import { parseArgs } from './dashboard-latency/args';
import { currentBuildId, startBenchConsoles, type BenchConsoles } from './dashboard-latency/consoles';
import { openBenchDatabases } from './dashboard-latency/databases';
import type { Latencies } from './dashboard-latency/load';
import { maintenanceCosts } from './dashboard-latency/maintenance';
import { launchBrowser, measurePages } from './dashboard-latency/pages';
import {
  overheadTable, pagesTable, pageVerdicts, scenarioTable, summaryTable, table, verdicts, type EndpointResult,
} from './dashboard-latency/report';
import { requestFilters, sample, SCENARIOS } from './dashboard-latency/scenarios';
import { functionTarget, httpTarget } from './dashboard-latency/targets';

const TARGET_MS = 100;
const PAGE_TARGET_MS = 1500;
/** The data ends here; two years of days lead up to it. */
const END = '2026-06-30';
const args = parseArgs(process.argv.slice(2));
const say = (text = '') => console.log(text);
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const volume = { end: END, days: 731, campaigns: args.campaigns, agents: args.agents, campaignsPerAgentDay: args.campaignsPerAgentDay };
const load = { concurrency: args.concurrency, requests: args.requests, seconds: 60, warmup: args.warmup };

const databases = await openBenchDatabases(args.url, args.name, volume, args.flavor, {
  rebuild: args.rebuild,
  onStep: (step) => say(typeof step === 'string' ? `  ${step}` : `  ${step.table}: ${step.rows.toLocaleString('en-US')} rows in ${step.seconds.toFixed(0)} s`),
});
let consoles: BenchConsoles | undefined;
try {
  const { pulso, plain } = databases;
  const [sizes] = await pulso.sql`
    SELECT (SELECT count(*) FROM productivity_data)::float8 AS productivity, (SELECT count(*) FROM operation_data)::float8 AS operation,
           (SELECT count(*) FROM dashboard_data)::float8 AS dashboard, (SELECT count(*) FROM evolution_data)::float8 AS evolution,
           (SELECT count(*) FROM assignment_data)::float8 AS assignment, pg_size_pretty(pg_database_size(current_database())) AS size`;
  const [{ archivo }] = await pulso.sql`SELECT archivo FROM dashboard_data WHERE fecha_foto = ${END} ORDER BY archivo LIMIT 1`;
  sample.archivo = archivo;
  consoles = await startBenchConsoles(databases, (step) => say(`  ${step}`));
  say(`# bench/dashboard-latency — ${new Date().toISOString()}`);
  say();
  say(`Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; load average at start ${loadavg()}`);
  say(`Databases: ${databases.names.pulso} (${sizes.size}) and ${databases.names.plain}, ${args.flavor}${databases.built ? ', built by this run' : ', reused'}`);
  say(`Rows: ${Object.entries(sizes).filter(([k]) => k !== 'size').map(([k, v]) => `${k}_data ${Number(v).toLocaleString('en-US')}`).join(', ')}`);
  say(`Consoles: next start (build ${consoles.buildId}), Pulso on ${databases.names.pulso}, plain on ${databases.names.plain} with PULSO_DASHBOARD_READS=marts`);
  say(`HTTP load: autocannon, ${args.concurrency} keep-alive connections on loopback with a viewer's bearer token, ${args.requests} requests (or 60 s) per endpoint and console after ${args.warmup} warm-up requests`);
  say();

  const results: EndpointResult[] = [];
  const inProcess: { endpoint: string; http: Latencies; inProcess: Latencies }[] = [];
  for (const endpoint of args.endpoints) {
    const before = loadavg();
    const result = {
      endpoint,
      pulso: await httpTarget(consoles.pulso, END).measure(endpoint, load),
      plain: await httpTarget(consoles.plain, END).measure(endpoint, load),
      scenarioOf: (i: number) => requestFilters(endpoint, i, END).scenario,
    };
    results.push(result);
    say(`## ${endpoint} (${SCENARIOS[endpoint].length} scenarios, mixed; load average ${before} → ${loadavg()})`);
    say();
    say(scenarioTable(result));
    say();
    if (args.inProcess) inProcess.push({ endpoint, http: result.pulso, inProcess: await functionTarget('Pulso', pulso, true, END).measure(endpoint, load) });
  }
  if (results.length > 0) {
    say('## Summary: HTTP');
    say();
    say(summaryTable(results));
    say();
    for (const line of verdicts(results, TARGET_MS)) say(line);
    say();
  }
  if (inProcess.length > 0) {
    say('## Pulso over HTTP and its query functions in-process (same load)');
    say();
    say(overheadTable(inProcess));
    say();
  }
  if (args.loads > 0) {
    const before = loadavg();
    const browser = await launchBrowser();
    try {
      const pulsoPages = await measurePages(browser, consoles.pulso, args.loads);
      const plainPages = await measurePages(browser, consoles.plain, args.loads);
      say(`## Pages: navigation start to data on screen, ${args.loads} loads each after a warm-up (load average ${before} → ${loadavg()})`);
      say();
      say(pagesTable(pulsoPages, plainPages));
      say();
      for (const line of pageVerdicts(pulsoPages, PAGE_TARGET_MS)) say(line);
      say();
    } finally {
      await browser.close();
    }
  }
  say('## What the rollups cost the ETL (median of 3, each in a rolled-back transaction)');
  say();
  const costs = await maintenanceCosts(pulso, END);
  say(table(['mart', 'incremental window (its lookback)', 'rollup refresh s'], costs.map((c) => [c.table, c.window, c.seconds.toFixed(2)])));
  say();
  say(`Load average at the end: ${loadavg()}`);
  if (currentBuildId() !== consoles.buildId) say(`⚠ .next was rebuilt during the run (now ${currentBuildId()}): pages loaded late may have come from the new build`);
} catch (error) {
  console.error(`✗ bench/dashboard-latency failed: ${error instanceof Error ? error.message : String(error)}`);
  if (consoles) console.error(`Pulso console's output:\n${consoles.pulso.output().slice(-3000)}\nplain console's output:\n${consoles.plain.output().slice(-3000)}`);
  process.exitCode = 1;
} finally {
  await consoles?.stop();
  if (args.drop) await databases.drop();
  else await databases.close();
}
