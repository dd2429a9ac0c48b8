// The console's Content-Security-Policy: scripts only from this origin and with
// this response's nonce (Next.js stamps it on its own inline scripts), no
// framing, no plugins, forms and fetches to this origin only.

export function pageCsp(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    // React's dev build needs eval for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // Charts and Tailwind set style attributes; styles cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** JSON and other non-page responses: nothing may load from them or frame them. */
export const API_CSP = `default-src 'none'; frame-ancestors 'none'`;

/** Sent on every response (next.config.ts). */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
