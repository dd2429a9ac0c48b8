// Progress bars for long CLI work: one line per table, redrawn in place on a
// terminal; on a pipe (CI, logs) only phase changes are printed.
import type { LiveProgress } from '../lib/etl/runner';

const WIDTH = 24;

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const lines = new Map<string, string>();
  const phases = new Map<string, string>();
  let drawn = 0;

  const bar = (p: LiveProgress) => {
    const total = p.rowsTotalEstimate ?? 0;
    const share = p.phase === 'done' ? 1 : total > 0 ? Math.min(1, p.rowsExtracted / total) : 0;
    const filled = Math.round(share * WIDTH);
    const count = total > 0 ? `${fmt(p.rowsExtracted)} / ${fmt(total)} rows` : `${fmt(p.rowsExtracted)} rows`;
    return `${p.table.padEnd(18)} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${count}  ${p.phase}`;
  };

  return {
    update(p: LiveProgress) {
      if (!stream.isTTY) {
        if (phases.get(p.table) !== p.phase) stream.write(`  ${p.table}: ${p.phase} (${fmt(p.rowsExtracted)} rows)\n`);
        phases.set(p.table, p.phase);
        return;
      }
      lines.set(p.table, bar(p));
      if (drawn > 0) stream.write(`\x1b[${drawn}A`);
      for (const line of lines.values()) stream.write(`\x1b[2K${line}\n`);
      drawn = lines.size;
    },
  };
}

export const fmt = (n: number) => n.toLocaleString('en-US');
