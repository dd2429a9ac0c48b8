// Command-line options of bench/etl-load and of its memory child process.

export interface BenchArgs {
  url: string;
  rows: number;
  /** Rows for the naive drizzle upsert (d); rows/s is comparable at a smaller sample. */
  naiveRows: number;
  /** Row counts of the child processes that measure peak RSS; empty skips them. */
  memoryRows: number[];
  windowRuns: number;
  window: boolean;
  timescale: boolean;
  /** Diagnostic runs with auto_explain (not timed): the plans of the merge statements. */
  explain: boolean;
}

const USAGE = `npm run bench:etl-load [-- options]
  --rows N            rows of the main load (default 1000000; 1e6, 1_000_000 and 1M all work)
  --naive-rows N      rows for the naive drizzle upsert (d) (default: the smaller of --rows and 200000;
                      it runs at a few thousand rows/s, and rows/s is what is compared)
  --memory-rows A,B   peak-RSS child runs (default 1000000,4000000); --no-memory skips them
  --window-runs K     incremental runs per table for the window cost (default 7); --no-window skips it
  --no-timescale      skip the TimescaleDB flavour even when the server has it
  --no-explain        skip the auto_explain diagnostic runs
  --url URL           server to create the throw-away databases on
                      (default $BENCH_DATABASE_URL, $DATABASE_URL, or postgres://postgres@127.0.0.1:5432/postgres)`;

export function parseCount(text: string | undefined, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)(e\d+|[kKmM])?$/.exec((text ?? '').replaceAll('_', ''));
  if (!match) throw new Error(`${flag} needs a row count, got ${JSON.stringify(text)}\n\n${USAGE}`);
  const [, digits, suffix = ''] = match;
  const scale = suffix.startsWith('e') ? 10 ** Number(suffix.slice(1)) : { k: 1e3, K: 1e3, m: 1e6, M: 1e6, '': 1 }[suffix]!;
  return Math.round(Number(digits) * scale);
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    url: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    rows: 1_000_000,
    naiveRows: NaN,
    memoryRows: [1_000_000, 4_000_000],
    windowRuns: 7,
    window: true,
    timescale: true,
    explain: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    switch (flag) {
      case '--rows': args.rows = parseCount(value(), flag); break;
      case '--naive-rows': args.naiveRows = parseCount(value(), flag); break;
      case '--memory-rows': args.memoryRows = value().split(',').map((v) => parseCount(v, flag)); break;
      case '--no-memory': args.memoryRows = []; break;
      case '--window-runs': args.windowRuns = parseCount(value(), flag); break;
      case '--no-window': args.window = false; break;
      case '--no-timescale': args.timescale = false; break;
      case '--no-explain': args.explain = false; break;
      case '--url': args.url = value(); break;
      case '--help': case '-h': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`Unknown option ${flag}\n\n${USAGE}`);
    }
  }
  if (Number.isNaN(args.naiveRows)) args.naiveRows = Math.min(args.rows, 200_000);
  return args;
}
