// A Source over rows held in memory, filtered by the window like a real one:
// the loader tests change the "source" between runs and compare the target.
import { TABLES } from '../../lib/etl/config';
import type { ExtractWindow, Source, SourceRow } from '../../lib/etl/sources/source';

export interface ArraySource extends Source {
  rows: Map<string, SourceRow[]>;
  /** Called before each batch is yielded (to crash, pause or fail mid-extraction). */
  beforeBatch?: (index: number) => Promise<void> | void;
}

export function arraySource(initial: Record<string, SourceRow[]> = {}): ArraySource {
  const source: ArraySource = {
    kind: 'demo',
    description: 'in-memory test rows',
    rows: new Map(Object.entries(initial)),
    async *extract(window, { batchSize, signal }) {
      const rows = inWindow(source.rows.get(window.table) ?? [], window);
      for (let i = 0, batch = 0; i < rows.length; i += batchSize, batch++) {
        signal?.throwIfAborted();
        await source.beforeBatch?.(batch);
        yield rows.slice(i, i + batchSize);
      }
    },
    describeQuery: (window) => `rows of ${window.table} from ${window.start ?? 'the start'} to ${window.end}`,
    estimate: async (window) => ({ rows: inWindow(source.rows.get(window.table) ?? [], window).length }),
    test: async () => ({ ok: true, detail: 'in-memory' }),
  };
  return source;
}

function inWindow(rows: SourceRow[], window: ExtractWindow) {
  const column = TABLES[window.table].incrementalColumn;
  return rows.filter((row) => {
    const value = String(row[column]);
    return (window.start === null || value >= window.start) && value <= window.end;
  });
}
