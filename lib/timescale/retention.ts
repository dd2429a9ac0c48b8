// Retention where TimescaleDB cannot schedule it: on the apache edition Pulso
// calls drop_chunks itself, on plain PostgreSQL it deletes expired rows.
import { ident, literal, type SqlRunner } from '../db/sql';
import type { Capabilities } from './capabilities';
import { listHypertables } from './hypertables';
import { HYPERTABLES } from './plan';

export interface RetentionResult {
  table: string;
  method: 'drop_chunks' | 'delete' | 'policy';
  olderThan: string;
  /** Chunks dropped (drop_chunks) or rows deleted (delete). */
  removed: number;
}

export async function enforceRetention(sql: SqlRunner, caps: Capabilities): Promise<RetentionResult[]> {
  const hypertables = caps.installed ? await listHypertables(sql) : new Map();
  const results: RetentionResult[] = [];
  for (const plan of HYPERTABLES) {
    if (!plan.retention) continue;
    const olderThan = plan.retention;
    if (caps.edition === 'community' && hypertables.has(plan.table)) {
      results.push({ table: plan.table, method: 'policy', olderThan, removed: 0 });
    } else if (hypertables.has(plan.table)) {
      const dropped = await sql.query(
        `SELECT drop_chunks(${literal(plan.table)}::regclass, older_than => INTERVAL ${literal(olderThan)})`,
      );
      results.push({ table: plan.table, method: 'drop_chunks', olderThan, removed: dropped.length });
    } else {
      const deleted = await sql.query(
        `DELETE FROM ${ident(plan.table)} WHERE ${ident(plan.timeColumn)} < now() - INTERVAL ${literal(olderThan)} RETURNING 1`,
      );
      results.push({ table: plan.table, method: 'delete', olderThan, removed: deleted.length });
    }
  }
  return results;
}
