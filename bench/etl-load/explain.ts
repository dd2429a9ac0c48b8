// Diagnostic runs (never timed): the same Pulso refresh on a connection that
// loads auto_explain, so every statement the merge really runs comes back as a
// NOTICE with its EXPLAIN (ANALYZE, BUFFERS, WAL) plan.
import postgres from 'postgres';
import type { RunMode } from '../../lib/etl/runs';
import type { BenchDatabase } from './databases';
import type { BenchData } from './source';
import { pulsoRefresh } from './variants';

export interface ExplainedStatement {
  label: string;
  ms: number;
  buffers: string;
  wal: string;
  plan: string;
}

/** Which step of the run a statement is, from its text (see lib/etl/merge.ts and staging.ts). */
function labelOf(query: string): string {
  if (/INSERT INTO public\."dashboard_data"[\s\S]*ON CONFLICT/.test(query)) return 'merge: upsert';
  if (/INSERT INTO public\."dashboard_data"/.test(query)) return 'merge: insert (empty window)';
  if (/DELETE FROM public\."dashboard_data"/.test(query)) return 'merge: delete vanished';
  if (/SELECT NOT EXISTS \(SELECT 1 FROM public\."dashboard_data"/.test(query)) return 'merge: window empty?';
  if (/AS staged/.test(query)) return 'merge: count staged';
  if (/WITH d AS[\s\S]*DELETE FROM "pulso_staging"/.test(query)) return 'staging: dedupe';
  return 'bookkeeping (run row, watermark, locks)';
}

function parse(message: string): ExplainedStatement | null {
  const match = /^duration: ([\d.]+) ms\s+plan:\nQuery Text: ([\s\S]*)$/.exec(message);
  if (!match) return null;
  const lines = match[2].split('\n');
  // The plan starts at the first unindented line that is a plan node.
  const start = lines.findIndex((l) => /^\S.*\(cost=/.test(l));
  const query = lines.slice(0, start).join('\n');
  const plan = lines.slice(start);
  const first = (prefix: string) => plan.find((l) => l.trim().startsWith(prefix))?.trim() ?? '';
  return { label: labelOf(query), ms: Number(match[1]), buffers: first('Buffers:'), wal: first('WAL:'), plan: compactPlan(plan.join('\n')) };
}

const CHUNK_NODE = /^(\s*)(?:->  .* on|(?:Delete|Update|Insert) on) _hyper_\d+_\d+_chunk\b/;

/**
 * A hypertable plan lists every chunk; past the first two of a run of sibling
 * chunk lines (scans with their details, or Delete/Update targets), the rest
 * fold into one line with their count.
 */
export function compactPlan(plan: string): string {
  const lines = plan.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const match = CHUNK_NODE.exec(lines[i]);
    if (!match) {
      out.push(lines[i++]);
      continue;
    }
    const indent = match[1].length;
    let shown = 0;
    let folded = 0;
    while (i < lines.length) {
      const node = CHUNK_NODE.exec(lines[i]);
      if (!node || node[1].length !== indent) break;
      const children: string[] = [];
      for (i++; i < lines.length && lines[i].search(/\S/) > indent + 2; i++) children.push(lines[i]);
      if (shown++ < 2) out.push(lines[i - children.length - 1], ...children);
      else folded++;
    }
    if (folded > 0) out.push(`${' '.repeat(indent)}… ${folded} more chunks like these`);
  }
  return out.join('\n');
}

/** Runs one refresh with auto_explain on its connections; returns its explained statements in order. */
export async function explainedRefresh(db: BenchDatabase, data: BenchData, mode: RunMode): Promise<ExplainedStatement[]> {
  const notices: string[] = [];
  const sql = postgres(db.url, {
    max: 10,
    onnotice: (notice) => void notices.push(String(notice.message)),
    connection: {
      session_preload_libraries: 'auto_explain',
      'auto_explain.log_min_duration': '0',
      'auto_explain.log_analyze': 'on',
      'auto_explain.log_buffers': 'on',
      'auto_explain.log_wal': 'on',
      'auto_explain.log_level': 'notice',
    } as Record<string, string>,
  });
  try {
    await pulsoRefresh(db, data, mode, sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return notices.map(parse).filter((s): s is ExplainedStatement => s !== null);
}

/** Statements of the same label summed: where the run's database time went. */
export function summarize(statements: ExplainedStatement[]): { label: string; count: number; ms: number; buffers: string; wal: string }[] {
  const byLabel = new Map<string, { label: string; count: number; ms: number; buffers: string; wal: string }>();
  for (const s of statements) {
    const entry = byLabel.get(s.label) ?? { label: s.label, count: 0, ms: 0, buffers: s.buffers, wal: s.wal };
    entry.count++;
    entry.ms += s.ms;
    byLabel.set(s.label, entry);
  }
  return [...byLabel.values()];
}
