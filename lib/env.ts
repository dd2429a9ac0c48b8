// The environment, validated once: a typo in a variable fails at start-up with
// its name, not later as a confusing connection error.
import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const schema = z.object({
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')),
  // The seed's discrete variables, used when DATABASE_URL is not set.
  POSTGRES_HOST: optional(z.string()),
  POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(5432),
  POSTGRES_DB: z.string().default('pulso_db'),
  POSTGRES_USER: z.string().default('postgres'),
  POSTGRES_PASSWORD: optional(z.string()),
  // Where the marts come from: BigQuery when a project is configured, else the demo generator.
  PULSO_SOURCE: optional(z.enum(['bigquery', 'demo'])),
  BIGQUERY_PROJECT_ID: optional(z.string().regex(/^[a-z][a-z0-9-]{4,61}[a-z0-9]$/, 'must be a Google Cloud project id')),
  BIGQUERY_DATASET: z.string().regex(/^\w{1,1024}$/, 'must be a dataset name (letters, digits, _)').default('BI_USA'),
  BIGQUERY_LOCATION: optional(z.string()),
  /** Only for tests and emulators: the BigQuery REST endpoint. */
  BIGQUERY_API_ENDPOINT: optional(z.string().url()),
  BIGQUERY_MAX_BYTES_BILLED: z.coerce.number().int().positive().default(50_000_000_000),
  BIGQUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(300_000),
  GOOGLE_APPLICATION_CREDENTIALS: optional(z.string()),
  // The job worker runs inside the console unless turned off (e.g. when `npm run worker` runs elsewhere).
  PULSO_WORKER: z.enum(['on', 'off']).default('on'),
  PULSO_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(5).default(2),
  // Dashboards read Pulso's rollups; `marts` reads the mart tables alone (the reference, and the benchmark's baseline).
  PULSO_DASHBOARD_READS: z.enum(['rollups', 'marts']).default('rollups'),
  PULSO_DATA_DIR: z.string().min(1).default('.data'),
  PULSO_EMBEDDED_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Loopback by default: offering the console to the network is a decision (HOST=0.0.0.0).
  HOST: z.string().min(1).default('127.0.0.1'),
  // Behind a reverse proxy that appends the client's address to X-Forwarded-For: trust its last entry.
  PULSO_TRUST_PROXY: z.enum(['on', 'off']).default('off'),
  // Signs the session cookies; the launcher keeps one in PULSO_DATA_DIR when unset.
  AUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)')),
  PULSO_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  // The first admin, created at start when no user has that e-mail.
  PULSO_ADMIN_EMAIL: optional(z.email()),
  PULSO_ADMIN_PASSWORD: optional(z.string().min(12, 'must be at least 12 characters')),
  // Failed sign-ins per e-mail within the window before further attempts wait (4× that per address).
  PULSO_SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  PULSO_SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
});

export type Env = z.infer<typeof schema> & {
  /** The external server to use; undefined means the embedded default. */
  externalDatabaseUrl: string | undefined;
  source: 'bigquery' | 'demo';
};

let cached: Env | undefined;

export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const chosen = e.PULSO_SOURCE ?? (e.BIGQUERY_PROJECT_ID ? 'bigquery' : 'demo');
  if (Boolean(e.PULSO_ADMIN_EMAIL) !== Boolean(e.PULSO_ADMIN_PASSWORD)) {
    throw new Error('Invalid environment:\n  PULSO_ADMIN_EMAIL and PULSO_ADMIN_PASSWORD go together: set both or neither');
  }
  if (chosen === 'bigquery' && !e.BIGQUERY_PROJECT_ID) {
    throw new Error('Invalid environment:\n  PULSO_SOURCE=bigquery needs BIGQUERY_PROJECT_ID');
  }
  return { ...e, externalDatabaseUrl: e.DATABASE_URL ?? urlFromParts(e), source: chosen };
}

function urlFromParts(e: z.infer<typeof schema>): string | undefined {
  if (!e.POSTGRES_HOST) return undefined;
  const url = new URL(`postgres://${e.POSTGRES_HOST}:${e.POSTGRES_PORT}`);
  url.username = e.POSTGRES_USER;
  if (e.POSTGRES_PASSWORD) url.password = e.POSTGRES_PASSWORD;
  url.pathname = `/${e.POSTGRES_DB}`;
  return url.toString();
}
