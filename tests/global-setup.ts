// One PostgreSQL server for the whole run: TEST_DATABASE_URL when given (CI
// points it at the PostgreSQL 15 + TimescaleDB server), otherwise an embedded
// server in a temporary folder, exactly what `npm start` would run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { freePort } from './helpers/ports';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('serverUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pulso-test-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  project.provide('serverUrl', server.url);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
