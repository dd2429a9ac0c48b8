// Where a request comes from, for the audit log and the sign-in rate limit.
// Next.js sets X-Forwarded-For to the socket's address unless a client (or a
// reverse proxy in front) already sent one; behind a proxy, that proxy must
// overwrite the header, or a client could choose its own address.

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export function clientInfo(headers: Headers): ClientInfo {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip') || null;
  return { ip: ip ? ip.replace(/^::ffff:/, '').slice(0, 64) : null, userAgent: headers.get('user-agent') };
}
