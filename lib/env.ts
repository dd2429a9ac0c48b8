// The environment, validated once: a typo in a variable fails at start-up with
// its name, not later as a confusing connection error.
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PULSO_DATA_DIR: z.string().min(1).default('.data'),
  PULSO_EMBEDDED_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Loopback by default: the console has no sign-in yet, so it is not offered to the network.
  HOST: z.string().min(1).default('127.0.0.1'),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return (cached = parsed.data);
}
