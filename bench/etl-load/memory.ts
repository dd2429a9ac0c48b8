// Peak RSS of Pulso's first load, measured in a child process per row count
// (the parent holds the pre-encoded COPY text, so its own RSS says nothing).
import { spawn } from 'node:child_process';
import { int, mb, secs, table, verdictLine, type Verdict } from './report';

const RSS_LIMIT_KB = 300 * 1024;
/** "Flat": the largest run's peak may exceed the smallest run's by at most this much. */
const FLAT_TOLERANCE = 1.15;
const HEAP_CAP_MB = 96;

export interface MemoryResult {
  rows: number;
  seconds: number;
  /** RSS just before the load started: the process's fixed cost. */
  baselineRssKb: number;
  maxRssKb: number;
  vmHwmKb: number | null;
}

/** `maxOldSpaceMb` caps V8's heap: what the load needs, as opposed to what V8 lets itself grow to. */
export function measureMemory(rows: number, url: string, maxOldSpaceMb?: number): Promise<MemoryResult> {
  return new Promise((resolve, reject) => {
    const env = maxOldSpaceMb
      ? { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${maxOldSpaceMb}`.trim() }
      : process.env;
    const child = spawn('npx', ['tsx', 'bench/etl-load/child.ts', '--rows', String(rows), '--url', url], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`memory child for ${rows} rows exited with ${code}:\n${output}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as MemoryResult);
    });
  });
}

/** One child per row count, plus one with V8's heap capped; prints the table and returns the verdicts. */
export async function memorySection(rowCounts: number[], url: string, say: (text?: string) => void): Promise<Verdict[]> {
  say();
  say(`## Memory: peak RSS of the process running Pulso's first load (b), one child process each`);
  say();
  const results: MemoryResult[] = [];
  for (const n of rowCounts) results.push(await measureMemory(n, url));
  // The same load with V8's old space capped: if it runs as fast, the rest of the peak is GC slack, not data held.
  const capped = await measureMemory(rowCounts[0], url, HEAP_CAP_MB);
  const line = (r: MemoryResult, note: string) => [
    int(r.rows), secs(r.seconds), int(r.rows / r.seconds), mb(r.baselineRssKb), mb(r.maxRssKb), r.vmHwmKb ? mb(r.vmHwmKb) : '?', note,
  ];
  say(table(['rows', 's', 'rows/s', 'RSS before the load', 'peak RSS (maxRSS)', 'VmHWM', 'node options'], [
    ...results.map((r) => line(r, 'defaults')),
    line(capped, `--max-old-space-size=${HEAP_CAP_MB} (not a target, shows what the load needs)`),
  ]));
  say();
  const peak = Math.max(...results.map((r) => r.maxRssKb));
  const verdicts: Verdict[] = [{ scope: 'memory', target: 'peak RSS < 300 MB', measured: `max ${mb(peak)}`, pass: peak < RSS_LIMIT_KB }];
  if (results.length > 1) {
    const [first, last] = [results[0], results.at(-1)!];
    const growth = last.maxRssKb / first.maxRssKb;
    verdicts.push({
      scope: 'memory',
      target: `flat from ${int(first.rows)} to ${int(last.rows)} rows (≤ ${FLAT_TOLERANCE} ×)`,
      measured: `${mb(first.maxRssKb)} → ${mb(last.maxRssKb)} (${growth.toFixed(2)} ×)`,
      pass: growth <= FLAT_TOLERANCE,
    });
  }
  for (const v of verdicts) say(verdictLine(v));
  return verdicts;
}
