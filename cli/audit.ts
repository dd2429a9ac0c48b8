// What the CLI changes is audited like the API's mutations: the actor is the
// operating-system user who ran the command.
import { userInfo } from 'node:os';
import { writeAudit, type AuditRecord } from '../lib/auth/audit';
import type { Db } from '../lib/db/client';

export function auditCli(db: Db, record: Omit<AuditRecord, 'actorKind' | 'actor'>) {
  return writeAudit(db, { ...record, actorKind: 'cli', actor: `${userInfo().username}@cli` });
}
