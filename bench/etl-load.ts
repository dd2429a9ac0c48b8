// `npm run bench:etl-load [-- --rows N]`: how fast Pulso loads dashboard_data,
// side by side with a plain COPY (the limit) and the naive drizzle upsert (the
// reference system), on fresh databases of the local server — plain
// PostgreSQL, and TimescaleDB hypertables when the server has them — plus the
// loader's peak memory and what an incremental window costs on a big table.
import os from 'node:os';
import { parseArgs } from './etl-load/args';
import { detectCapabilities } from '../lib/timescale/capabilities';
import { describeServer, openServer, settle, type Flavor } from './etl-load/databases';
import { explainedRefresh } from './etl-load/explain';
import { memorySection } from './etl-load/memory';
import { watchHeartbeatWaits } from './etl-load/lock-waits';
import {
  countsText, explainText, int, phasesText, rate, secs, table, verdictLine, whyFirstLoad, whyReload, type Verdict,
} from './etl-load/report';
import { firstDate, rowCount, twoYearsOf, ROWS_PER_ARCHIVO } from './etl-load/source';
import { copyTarget, copyTargetEncoding, copyUnlogged, encodeCopyText, END, naiveUpsert, pulsoRefresh, type Measure } from './etl-load/variants';
import { windowCost } from './etl-load/window';

const args = parseArgs(process.argv.slice(2));
const server = openServer(args.url);
const verdicts: Verdict[] = [];
const say = (text = '') => console.log(text);
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
process.once('SIGINT', () => void server.dropAll().finally(() => process.exit(130)));

try {
  const info = await describeServer(server.admin);
  const data = twoYearsOf(args.rows, END);
  const rows = rowCount(data);
  say(`# bench/etl-load — ${new Date().toISOString()}`);
  say();
  say(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; load average at start ${loadavg()}`);
  say(`PostgreSQL ${info.postgres}; ${Object.entries(info.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  const ts = info.timescale;
  say(ts.reason ? `TimescaleDB: not measured — ${ts.reason}.` : `TimescaleDB ${ts.version} available and preloaded.`);
  say(`Data: ${int(rows)} dashboard_data rows, fecha_foto ${firstDate(data)}..${END} (${data.days} days), ` +
    `${data.archivosPerDay} archivos/day × 4 carteras × 2 servicios = ${int(data.archivosPerDay * ROWS_PER_ARCHIVO)} rows/day`);
  say();

  const { chunks, measure: encode } = await encodeCopyText(data);
  say(`Client side alone — source + Pulso's validation/encoding (lib/etl/rows.ts), no database: ` +
    `${int(rate(encode))} rows/s (${secs(encode.seconds)} s, ${(encode.bytes! / 1e6).toFixed(0)} MB of COPY text)`);

  const flavors: Flavor[] = ['postgres'];
  if (!ts.reason && args.timescale) flavors.push('timescaledb');
  for (const flavor of flavors) {
    const scope = flavor === 'postgres' ? 'PostgreSQL' : 'TimescaleDB';
    const db = await server.create(flavor === 'postgres' ? 'pg' : 'ts', flavor);
    try {
      const step = async (run: () => Promise<Measure>) => (await settle(db), await run());
      const a0 = await step(() => copyUnlogged(db, chunks, rows));
      const a = await step(() => copyTarget(db, chunks, rows));
      const a1 = await step(() => copyTargetEncoding(db, data));
      const d = await step(() => naiveUpsert(db, data, args.naiveRows));
      const b = await step(() => pulsoRefresh(db, data, 'full_refresh'));
      const watch = watchHeartbeatWaits(server.admin, db.name);
      const c = await step(() => pulsoRefresh(db, { ...data, change: { share: 0.1, version: 1 } }, 'full_refresh'));
      const waits = await watch();
      say();
      const caps = await detectCapabilities(db.runner);
      say(`## ${scope}${flavor === 'timescaledb' ? ` ${caps.version}, ${caps.edition} edition (runSetup: dashboard_data is a hypertable, 7-day chunks)` : ' (plain tables)'}`);
      say();
      const line = (name: string, m: Measure, note: string) => [name, int(m.rows), secs(m.seconds), int(rate(m)), note];
      say(table(['variant', 'rows', 's', 'rows/s', 'notes'], [
        line('(a0) COPY → unindexed UNLOGGED table', a0, 'pre-encoded text'),
        line('(a) COPY → empty dashboard_data', a, 'pre-encoded text; PK + 2 indexes + checks'),
        line('(a1) same, encoding on the fly', a1, "Pulso's rows.ts in the loop (not a target; a staging-free first load's ceiling)"),
        line('(b) Pulso first load (full_refresh)', b, phasesText(b)),
        line('(c) Pulso re-load, 10 % changed', c, `${phasesText(c)}; ${countsText(c)}`),
        line('(d) naive drizzle upsert, 1000-row batches', d, args.naiveRows < rows ? `sample of ${int(d.rows)} rows` : ''),
      ]));
      say();
      verdicts.push(
        { scope, target: '(b) ≥ 0.7 × (a)', measured: `${(rate(b) / rate(a)).toFixed(2)} ×`, pass: rate(b) >= 0.7 * rate(a) },
        { scope, target: '(b) ≥ 4 × (d)', measured: `${(rate(b) / rate(d)).toFixed(2)} ×`, pass: rate(b) >= 4 * rate(d) },
        { scope, target: '(c) ≥ 2 × (b)', measured: `${(rate(c) / rate(b)).toFixed(2)} ×`, pass: rate(c) >= 2 * rate(b) },
      );
      const [vA, vD, vC] = verdicts.slice(-3);
      say(verdictLine(vA));
      if (!vA.pass) say(whyFirstLoad(a, a1, b, encode));
      say(verdictLine(vD));
      say(verdictLine(vC));
      if (!vC.pass) say(whyReload(b, c, args.explain));
      say();
      say(`During (c): up to ${waits.most} of the run's heartbeat UPDATEs waited at once on the run row its merge ` +
        `transaction holds (longest wait ${secs(waits.longest)} s); the database had up to ${waits.sessions} sessions.`);

      if (args.explain) {
        const statements = await explainedRefresh(db, { ...data, change: { share: 0.1, version: 2 } }, 'full_refresh');
        say();
        say(`### Where a re-load's database time goes (${scope})`);
        say();
        say(explainText(`auto_explain of one more re-load like (c), EXPLAIN ANALYZE overhead included:`, statements, ['merge: upsert', 'merge: delete vanished']));
      }

      if (args.window) {
        const w = await windowCost(server, flavor, db, data, args.windowRuns, args.explain);
        say();
        say(`### Window cost (${scope}): incremental 7-day refresh, ${args.windowRuns} runs each, alternating`);
        say();
        const runs = (ms: Measure[]) => ms.map((m) => secs(m.seconds)).join(' ');
        say(table(['table holds', 'rows', 'median s', 'runs (s)', 'last run'], [
          [`2 years (${data.days} days)`, int(w.bigRows), secs(w.medianBig), runs(w.big), `${phasesText(w.big.at(-1)!)}; ${countsText(w.big.at(-1)!)}`],
          ['1 month (30 days)', int(w.smallRows), secs(w.medianSmall), runs(w.small), `${phasesText(w.small.at(-1)!)}; ${countsText(w.small.at(-1)!)}`],
        ]));
        say();
        const v = { scope, target: 'window: 2-year / 1-month ≤ 1.5', measured: `${w.ratio.toFixed(2)} ×`, pass: w.ratio <= 1.5 };
        verdicts.push(v);
        say(verdictLine(v));
        if (w.explained) {
          const plans = ['merge: upsert', 'merge: delete vanished'];
          say();
          say(explainText(`auto_explain of one more incremental run on the 2-year table (${scope}):`, w.explained.big, plans));
          say();
          say(explainText(`…and on the 1-month table (${scope}):`, w.explained.small, []));
        }
      }
    } finally {
      await server.drop(db);
    }
  }
  chunks.length = 0;

  if (args.memoryRows.length > 0) verdicts.push(...(await memorySection(args.memoryRows, args.url, say)));

  say();
  say('## Targets');
  say();
  for (const v of verdicts) say(verdictLine(v));
  if (ts.reason) say(`(TimescaleDB flavour not measured: ${ts.reason}.)`);
  say(`Load average at the end: ${loadavg()} (other work on the machine skews every number above).`);
} catch (error) {
  // drizzle's errors carry the whole 24,000-parameter statement: keep the message short.
  const cause = error instanceof Error && error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
  console.error(`✗ bench/etl-load failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}${cause}`);
  process.exitCode = 1;
} finally {
  await server.dropAll();
}
