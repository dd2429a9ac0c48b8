// Who is calling an API route: a machine with `Authorization: Bearer <token>`,
// or a person with the console's session cookie. A bad token is refused
// outright — it never falls back to the cookie.
import { getCurrentUser } from '../auth/session';
import type { Role } from '../auth/roles';
import { verifyToken } from '../auth/tokens';
import { getDatabase } from '../db/client';
import { ApiError } from './errors';

export interface Actor {
  kind: 'user' | 'token';
  id: string;
  /** The user's e-mail or the token's name: what the audit log and triggered_by show. */
  name: string;
  role: Role;
}

export async function resolveActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const [scheme, secret] = header.trim().split(/\s+/, 2);
    if (scheme?.toLowerCase() !== 'bearer' || !secret) {
      throw new ApiError(401, 'invalid_token', 'Authorization must be "Bearer <token>"');
    }
    const token = await verifyToken((await getDatabase()).db, secret);
    if (!token) throw new ApiError(401, 'invalid_token', 'The API token is unknown, revoked or expired');
    return { kind: 'token', id: token.id, name: token.name, role: token.role };
  }
  const user = await getCurrentUser();
  return user && { kind: 'user', id: user.id, name: user.email, role: user.role };
}

/** A cookie-authenticated mutation must come from the console's own pages (CSRF). */
export function assertSameOrigin(request: Request) {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let sameHost = false;
  try {
    sameHost = origin !== null && new URL(origin).host === host;
  } catch {
    sameHost = false;
  }
  if (!sameHost || (site !== null && site !== 'same-origin')) {
    throw new ApiError(403, 'cross_origin', 'Cross-origin requests with the session cookie are refused; machines use an API token');
  }
}
