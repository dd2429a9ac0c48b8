// Printing: markdown tables (so the output pastes into docs/benchmarks.md) and
// one PASS/MISS line per target.
import type { ExplainedStatement } from './explain';
import { summarize } from './explain';
import type { Measure } from './variants';

export const rate = (m: Measure) => m.rows / m.seconds;
export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const secs = (s: number) => s.toFixed(s < 10 ? 2 : 1);
export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function phasesText(m: Measure): string {
  if (!m.phases) return '';
  // A first load into an empty window has no staging, dedupe or merge: one COPY into the target.
  if (m.phases.dedupe === 0 && m.phases.merge <= 0) return `one COPY into the target (first load) ${secs(m.seconds)} s`;
  return Object.entries(m.phases).map(([k, v]) => `${k} ${secs(v)} s`).join(', ');
}

export function countsText(m: Measure): string {
  if (!m.counts) return '';
  const { inserted, updated, unchanged, deleted } = m.counts;
  return `inserted ${int(inserted)}, updated ${int(updated)}, unchanged ${int(unchanged)}, deleted ${int(deleted)}`;
}

export interface Verdict {
  scope: string;
  target: string;
  measured: string;
  pass: boolean;
}

export function verdictLine(v: Verdict): string {
  return `${v.pass ? 'PASS' : 'MISS'}  [${v.scope}] ${v.target}: ${v.measured}`;
}

/** Per-step database time of an explained run, and the plans of the merge's heavy statements. */
export function explainText(title: string, statements: ExplainedStatement[], plans: string[]): string {
  const rows = summarize(statements).map((s) => [
    s.label, String(s.count), s.ms.toFixed(1), s.count === 1 ? s.buffers.replace('Buffers: ', '') : '', s.count === 1 ? s.wal.replace('WAL: ', '') : '',
  ]);
  const out = [`${title}`, '', table(['statement', 'n', 'ms', 'buffers (top node)', 'WAL (top node)'], rows)];
  for (const s of statements.filter((st) => plans.includes(st.label))) {
    out.push('', `${s.label} (${s.ms.toFixed(1)} ms):`, '```', s.plan, '```');
  }
  return out.join('\n');
}

const phase = (m: Measure, name: string) => m.phases?.[name] ?? 0;

/** Why the first load is slower than the plain COPY: its rows are validated and encoded on the way. */
export function whyFirstLoad(a: Measure, a1: Measure, b: Measure, encode: Measure): string {
  return `  why: (b) is one COPY straight into the empty target with Pulso's validation in the loop (${secs(b.seconds)} s); ` +
    `the client alone needs ${secs(encode.seconds)} s to validate and encode the rows, and (a1), COPY with that encoder, ` +
    `${secs(a1.seconds)} s, against ${secs(a.seconds)} s for (a)'s pre-encoded text.`;
}

/** Why a full re-load is not twice as fast as the first load. */
export function whyReload(b: Measure, c: Measure, explained: boolean): string {
  const before = phase(c, 'stage') + phase(c, 'dedupe');
  return `  why: a full re-load must extract, validate and stage every row again (${secs(before)} s with the duplicate check, ` +
    `${((100 * before) / b.seconds).toFixed(0)} % of (b)'s whole time, which is one COPY straight into the empty target), ` +
    `then merge (${secs(phase(c, 'merge'))} s): ON CONFLICT probes the key of every staged row and ` +
    `locks each existing one, changed or not${explained ? ' (see the auto_explain of a re-load below)' : ''}. ` +
    `Only an incremental window avoids re-reading unchanged rows.`;
}
