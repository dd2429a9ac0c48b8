// Password hashing with argon2id (OWASP's first choice): slow on purpose, salted
// per hash, parameters stored in the hash so they can be raised later.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordSchema = z
  .string({ error: 'A password is required' })
  .min(12, 'The password needs at least 12 characters')
  .max(200, 'The password is at most 200 characters');

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of nothing in particular, verified when the e-mail is unknown so timing does not reveal it. */
const DECOY = hash('pulso-decoy-password', OPTIONS);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? (await DECOY), password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/** A random password for generated accounts (first admin, CLI): 20 characters, 120 bits. */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}
