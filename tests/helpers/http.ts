// HTTP clients for the console's API as callers use it: a machine with a bearer
// token, and a browser session holding next-auth's cookies. Every response
// other than a 2xx is checked for leaks (./leaks.ts) before a test sees it.
import { assertNoLeak, rememberSecret } from './leaks';

export interface ApiResponse<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  headers: Headers;
  text: string;
  body: { success: boolean; timestamp: string; data: T; error: { code: string; message: string; details?: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function call(url: string, init: RequestInit = {}): Promise<ApiResponse> {
  rememberSentSecrets(init);
  const response = await fetch(url, { redirect: 'manual', ...init });
  const text = await response.text();
  if (response.ok) {
    // A secret the API hands out (a new token's) must never show up in an error afterwards.
    for (const [secret] of text.matchAll(/pulso_[\w-]{43}/g)) rememberSecret(secret, 'an API token');
  } else {
    assertNoLeak(response.status, `${init.method ?? 'GET'} ${new URL(url).pathname}`, `${text}\n${response.headers.get('location') ?? ''}`);
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** The credentials and passwords a request carries: an error answering it must not echo them. */
function rememberSentSecrets(init: RequestInit) {
  const authorization = new Headers(init.headers).get('authorization');
  if (authorization) rememberSecret(authorization.trim().split(/\s+/).at(-1), 'a credential the test sent');
  if (init.body instanceof URLSearchParams) rememberSecret(init.body.get('password'), 'a password the test sent');
  if (typeof init.body !== 'string') return;
  try {
    const fields = JSON.parse(init.body);
    for (const [key, value] of Object.entries(fields ?? {})) {
      if (/pass(word)?|secret/i.test(key) && typeof value === 'string') rememberSecret(value, 'a password the test sent');
    }
  } catch {
    // Not JSON (the malformed bodies of the hostile-input tests): nothing to remember.
  }
}

/** `path` under /api/v1, as a machine holding `token` would call it. */
export function tokenClient(base: string, token: string | null) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(`${base}/api/v1${path}`, {
      method,
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
}

/** A browser: next-auth's credentials sign-in, then cookie-authenticated calls from the console's origin. */
export class BrowserSession {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private remember(response: ApiResponse) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (name.endsWith('authjs.session-token')) rememberSecret(value, 'the session cookie');
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get signedIn() {
    return [...this.cookies.keys()].some((name) => name.endsWith('authjs.session-token'));
  }

  private async csrfToken() {
    const csrf = await call(`${this.base}/api/auth/csrf`, { headers: { cookie: this.cookieHeader } });
    this.remember(csrf);
    return (csrf.body as unknown as { csrfToken: string }).csrfToken;
  }

  /** Signs in; true when next-auth set a session cookie. */
  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<{ ok: boolean; location: string | null }> {
    const csrfToken = await this.csrfToken();
    const response = await call(`${this.base}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader, ...headers },
      body: new URLSearchParams({ csrfToken, email, password }),
    });
    this.remember(response);
    return { ok: this.signedIn, location: response.headers.get('location') };
  }

  async signOut() {
    const csrfToken = await this.csrfToken();
    const response = await call(`${this.base}/api/auth/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader },
      body: new URLSearchParams({ csrfToken }),
    });
    this.remember(response);
  }

  request(method: string, path: string, options: { body?: unknown; origin?: string | null; headers?: Record<string, string> } = {}) {
    const origin = options.origin === undefined ? this.base : options.origin;
    return call(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookieHeader,
        ...(origin !== null && { origin }),
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  }
}
