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
  PULSO_DATA_DIR: z.string().min(1).default('.data'),
  PULSO_EMBEDDED_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Loopback by default: the console has no sign-in yet, so it is not offered to the network.
  HOST: z.string().min(1).default('127.0.0.1'),
});

export type Env = z.infer<typeof schema> & {
  /** The external server to use; undefined means the embedded default. */
  externalDatabaseUrl: string | undefined;
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
  return { ...e, externalDatabaseUrl: e.DATABASE_URL ?? urlFromParts(e) };
}

function urlFromParts(e: z.infer<typeof schema>): string | undefined {
  if (!e.POSTGRES_HOST) return undefined;
  const url = new URL(`postgres://${e.POSTGRES_HOST}:${e.POSTGRES_PORT}`);
  url.username = e.POSTGRES_USER;
  if (e.POSTGRES_PASSWORD) url.password = e.POSTGRES_PASSWORD;
  url.pathname = `/${e.POSTGRES_DB}`;
  return url.toString();
}
