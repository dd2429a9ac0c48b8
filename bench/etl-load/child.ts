// One Pulso first load in a process of its own, so its peak RSS is the
// loader's alone: `npx tsx bench/etl-load/child.ts --rows N [--url URL]`.
// Prints one `RESULT {json}` line for the parent.
import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import { openServer } from './databases';
import { twoYearsOf, valuePool } from './source';
import { END, pulsoRefresh } from './variants';

const args = parseArgs(process.argv.slice(2));
const server = openServer(args.url);
try {
  const db = await server.create(`mem${args.rows}`, 'postgres');
  // Everything loaded (tsx, drizzle, postgres.js, the generator's value pool) before the first row.
  valuePool();
  const baselineRssKb = Math.round(process.memoryUsage().rss / 1024);
  const measure = await pulsoRefresh(db, twoYearsOf(args.rows, END), 'full_refresh');
  const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  console.log(`RESULT ${JSON.stringify({
    rows: measure.rows,
    seconds: measure.seconds,
    baselineRssKb,
    maxRssKb: process.resourceUsage().maxRSS,
    vmHwmKb: hwm ? Number(hwm[1]) : null,
  })}`);
} finally {
  await server.dropAll();
}
