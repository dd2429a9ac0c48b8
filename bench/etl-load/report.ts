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

/** Why the first load is slower than the plain COPY, from the runs' own phase times. */
export function whyFirstLoad(a: Measure, a1: Measure, b: Measure, encode: Measure): string {
  return `  why: (b)'s merge alone (INSERT … SELECT from staging) took ${secs(phase(b, 'merge'))} s, ` +
    `${(phase(b, 'merge') / a.seconds).toFixed(2)} × all of (a); before it, staging took ${secs(phase(b, 'stage'))} s ` +
    `(the client alone needs ${secs(encode.seconds)} s to validate and encode the rows; (a1), COPY with that encoder in the loop, ` +
    `${secs(a1.seconds)} s) and the duplicate check + ANALYZE ${secs(phase(b, 'dedupe'))} s.`;
}

/** Why a full re-load is not twice as fast as the first load. */
export function whyReload(b: Measure, c: Measure, explained: boolean): string {
  const before = phase(c, 'stage') + phase(c, 'dedupe');
  return `  why: a full re-load extracts, validates, stages and checks every row again (${secs(before)} s, ` +
    `${((100 * before) / b.seconds).toFixed(0)} % of (b)'s whole time); its merge took ${secs(phase(c, 'merge'))} s ` +
    `against ${secs(phase(b, 'merge'))} s for (b)'s plain INSERT: ON CONFLICT probes the key of every staged row and ` +
    `locks each existing one, changed or not${explained ? ' (see the auto_explain of a re-load below)' : ''}.`;
}
