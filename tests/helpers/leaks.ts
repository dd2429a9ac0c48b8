// What no error response may carry: a stack frame, a path of the server's
// files, or a secret this test file knows — the tokens it created or sent, the
// passwords it sent, the database URL and the session secret. The HTTP helpers
// (./http.ts) check every non-2xx response they receive against this.
import { createHash } from 'node:crypto';

const SHAPES: [what: string, shape: RegExp][] = [
  ['a stack frame', /(?:\n|\\n)\s*at \S/],
  ['a source position', /\.(?:[cm]?[jt]sx?):\d+/],
  ['a server path', /\/work\/|node_modules|webpack-internal:|\.next\/server/],
  ['a token secret', /pulso_[\w-]{43}/],
  ['a database URL with a password', /postgres(?:ql)?:\/\/[^\s"'@/]*:[^\s"'@/]+@/],
];

const secrets = new Map<string, string>();
let checked = 0;

/** Remembers a value no error response may contain; shorter than 8 characters it would match ordinary words. */
export function rememberSecret(value: string | null | undefined, what: string) {
  if (!value || value.length < 8) return;
  secrets.set(value, what);
  if (what === 'an API token') secrets.set(createHash('sha256').update(value).digest('hex'), 'an API token’s hash');
}

rememberSecret(process.cwd(), 'the checkout’s path');

/** What `text` leaks, or null. */
export function leakIn(text: string): string | null {
  for (const [what, shape] of SHAPES) if (shape.test(text)) return what;
  for (const [value, what] of secrets) if (text.includes(value)) return what;
  return null;
}

/** Throws, naming the leak (with the secrets blanked out of the message), when `text` carries one. */
export function assertNoLeak(status: number, where: string, text: string) {
  checked++;
  const leak = leakIn(text);
  if (!leak) return;
  let shown = text.slice(0, 800);
  for (const value of secrets.keys()) shown = shown.replaceAll(value, '[secret]');
  throw new Error(`${where} answered ${status} with ${leak} in it:\n${shown}`);
}

/** How many error responses were checked: a test can make sure the check ran. */
export const checkedResponses = () => checked;
