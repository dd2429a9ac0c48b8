// What the CLI changes is audited like the API's mutations: the actor is the
// operating-system user who ran the command.
import { userInfo } from 'node:os';
import { writeAudit, type AuditRecord } from '../lib/auth/audit';
import type { Database, Db } from '../lib/db/client';

type CliRecord = Omit<AuditRecord, 'actorKind' | 'actor'>;

export function auditCli(db: Db, record: CliRecord) {
  return writeAudit(db, { ...record, actorKind: 'cli', actor: `${userInfo().username}@cli` });
}

/**
 * Runs a database command's change and audits it either way: success with
 * what it did, or failure with the error (then rethrown). The db commands can
 * run before the audit log exists or drop it (a rollback past 0002_auth), so a
 * missing table is said, not fatal; any other failed audit write is printed
 * loudly without failing a change that already happened, as the API does.
 */
export async function audited<T>(
  database: Database,
  action: string,
  change: () => Promise<T>,
  describe: (result: T) => Pick<CliRecord, 'target' | 'params'> = () => ({}),
): Promise<T> {
  let result: T;
  try {
    result = await change();
  } catch (error) {
    await writeIfLogged(database, { action, result: 'failure', error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  await writeIfLogged(database, { action, result: 'success', ...describe(result) });
  return result;
}

async function writeIfLogged(database: Database, record: CliRecord) {
  try {
    const [{ logged }] = await database.sql`SELECT to_regclass('audit_log') IS NOT NULL AS logged`;
    if (!logged) return console.error(`· ${record.action} not audited: this database has no audit_log table`);
    await auditCli(database.db, record);
  } catch (error) {
    console.error(`✗ audit write failed for ${record.action}:`, error instanceof Error ? error.message : error);
  }
}
