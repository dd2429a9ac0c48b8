// Command-line options of bench/dashboard-latency.
import { parseCount } from '../etl-load/args';
import type { Flavor } from './databases';
import { ENDPOINTS, type Endpoint } from './scenarios';

export interface BenchArgs {
  url: string;
  /** The kept databases are pulso_bench_dash_<name> and …_plain. */
  name: string;
  agents: number;
  campaigns: number;
  campaignsPerAgentDay: number;
  flavor: Flavor;
  concurrency: number;
  requests: number;
  warmup: number;
  /** Empty: no HTTP measurement (pages only). */
  endpoints: Endpoint[];
  /** Measured loads of each dashboard page per console, after one warm-up (0: no page measurement). */
  loads: number;
  /** Also call Pulso's query functions in this process, to split the database's time from the server's. */
  inProcess: boolean;
  rebuild: boolean;
  /** Drop both databases at the end instead of keeping them for the next run. */
  drop: boolean;
}

const USAGE = `npm run bench:dashboard-latency [-- options]
  --name NAME         keep the databases as pulso_bench_dash_NAME(_plain) and reuse them next time (default "default")
  --agents N          call-centre agents (default 4000: about 10 M productivity_data rows in two years)
  --campaigns N       campaigns running at once (default 40)
  --per-agent-day X   mean campaigns an agent works a day (default 4.5)
  --flavor F          postgres (plain tables, default) or timescaledb (hypertables, via Pulso's setup)
  --concurrency N     concurrent HTTP connections (default 20)
  --requests N        measured requests per endpoint and console (default 600, or 60 s; 1e3, 1k work)
  --warmup N          unmeasured requests first (default 60)
  --only A,B          endpoints to measure over HTTP (default all: ${ENDPOINTS.join(', ')}; "none": pages only)
  --loads N           measured loads of each dashboard page per console, after a warm-up (default 20; 0: no pages)
  --in-process        also time Pulso's query functions in this process (the database's share of the HTTP time)
  --rebuild           regenerate the databases even if they exist
  --drop              drop the databases at the end
  --url URL           server (default $BENCH_DATABASE_URL, $DATABASE_URL, or postgres://postgres@127.0.0.1:5432/postgres)`;

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    url: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    name: 'default', agents: 4000, campaigns: 40, campaignsPerAgentDay: 4.5, flavor: 'postgres',
    concurrency: 20, requests: 600, warmup: 60, endpoints: [...ENDPOINTS], loads: 20, inProcess: false, rebuild: false, drop: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    switch (flag) {
      case '--name': args.name = value(); break;
      case '--agents': args.agents = parseCount(value(), flag); break;
      case '--campaigns': args.campaigns = parseCount(value(), flag); break;
      case '--per-agent-day': args.campaignsPerAgentDay = Number(value()); break;
      case '--flavor': args.flavor = value() as Flavor; break;
      case '--concurrency': args.concurrency = parseCount(value(), flag); break;
      case '--requests': args.requests = parseCount(value(), flag); break;
      case '--warmup': args.warmup = parseCount(value(), flag); break;
      case '--only': args.endpoints = value().split(',').filter((e) => e !== 'none') as Endpoint[]; break;
      case '--loads': args.loads = parseCount(value(), flag); break;
      case '--in-process': args.inProcess = true; break;
      case '--rebuild': args.rebuild = true; break;
      case '--drop': args.drop = true; break;
      case '--url': args.url = value(); break;
      case '--help': case '-h': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`Unknown option ${flag}\n\n${USAGE}`);
    }
  }
  if (!/^[a-z0-9_]{1,30}$/.test(args.name)) throw new Error(`--name must be 1–30 of a-z, 0-9, _ (it names databases)\n\n${USAGE}`);
  if (!['postgres', 'timescaledb'].includes(args.flavor)) throw new Error(`--flavor is postgres or timescaledb\n\n${USAGE}`);
  const unknown = args.endpoints.filter((e) => !ENDPOINTS.includes(e));
  if (unknown.length > 0) throw new Error(`--only: unknown endpoint ${unknown.join(', ')}\n\n${USAGE}`);
  if (!(args.campaignsPerAgentDay >= 1 && args.campaignsPerAgentDay <= 20)) throw new Error(`--per-agent-day must be 1..20\n\n${USAGE}`);
  return args;
}
