// Shared plumbing for the CLI commands: open the database (embedded or
// DATABASE_URL), run, close, and print failures as one clear message.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import nextEnv from '@next/env';
import { databaseUrl, openDatabase, stopEmbedded, type Database } from '../lib/db/client';
import { ZodError } from 'zod';
import { ActionableError } from '../lib/errors';

// The same .env files the Next.js server reads, so the CLI sees one configuration.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

export async function withDatabase(fn: (db: Database) => Promise<number | void>): Promise<never> {
  let exitCode = 0;
  let database: Database | undefined;
  try {
    database = await openDatabase(await databaseUrl());
    exitCode = (await fn(database)) ?? 0;
  } catch (error) {
    printError(error);
    exitCode = 1;
  } finally {
    await database?.close();
    await stopEmbedded();
  }
  process.exit(exitCode);
}

export function printError(error: unknown) {
  if (error instanceof ActionableError) console.error(`✗ ${error.toString()}`);
  else if (error instanceof ZodError) console.error(`✗ ${error.issues.map((i) => i.message).join('; ')}`);
  else if (error instanceof Error) console.error(`✗ ${error.message}`);
  else console.error('✗', error);
  if (process.env.PULSO_DEBUG && error instanceof Error) console.error(error.stack);
}

/** The command line, or one line naming the bad option and the usage (exit 1), never a stack trace. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    console.error(`✗ ${(error as Error).message.split('.')[0]}.\n${usage}`);
    process.exit(1);
  }
}
