// Where a request comes from, for the audit log and the sign-in rate limit.
// `next start` keeps any X-Forwarded-For a client sends, so a client could
// pick its own address; the console's server (cli/serve.ts) therefore writes
// the header itself with `clientAddress`, and the app reads only that.

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export function clientInfo(headers: Headers): ClientInfo {
  const ip = headers.get('x-forwarded-for')?.trim();
  return { ip: ip ? ip.replace(/^::ffff:/, '').slice(0, 64) : null, userAgent: headers.get('user-agent') };
}

/**
 * The address a request comes from: the socket's — unless a reverse proxy in
 * front is trusted (PULSO_TRUST_PROXY=on), then the last X-Forwarded-For
 * entry, the one that proxy appended (the entries before it are the client's
 * to invent).
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  const chain = [forwardedFor ?? []].flat().join(',').split(',').map((a) => a.trim()).filter(Boolean);
  const address = (trustProxy ? chain.at(-1) : undefined) ?? socketAddress ?? '';
  return address.replace(/^::ffff:/, '');
}
