// The demo source (SPEC §6): the embedded default's data, generated on demand.
// Output is a pure function of (seed, the hour of `now`, the window); batches
// stream from per-day generators, so memory stays bounded at any window size.
import { TABLES, type MartTable } from '../../config';
import type { ExtractOptions, ExtractWindow, Source, SourceEstimate, SourceRow } from '../source';
import { assignment } from './assignment';
import { createAgents } from './agents';
import { createCalendar } from './calendar';
import { dayOf, isoOf, readClock } from './clock';
import type { DemoContext, TableGenerator } from './context';
import { dashboard } from './dashboard';
import { evolution } from './evolution';
import { operation } from './operation';
import { productivity } from './productivity';

export interface DemoSourceOptions {
  /** Same seed, same hour → same rows. Default 42. */
  seed?: number;
  /** The clock; tests pin it. Default: the real time. */
  now?: () => Date;
  /** Campaigns opened per month; with ~30-day campaigns also about how many run at once. Default 30. */
  campaignsPerMonth?: number;
  /** Size of the call-centre roster. Default 150. */
  agents?: number;
}

export const DEMO_DEFAULT_SEED = 42;

const GENERATORS: Record<MartTable, TableGenerator> = {
  dashboard_data: dashboard,
  evolution_data: evolution,
  assignment_data: assignment,
  operation_data: operation,
  productivity_data: productivity,
};

export function createDemoSource(options: DemoSourceOptions = {}): Source {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const now = options.now ?? (() => new Date());
  const campaignsPerMonth = options.campaignsPerMonth ?? 30;
  const agentCount = options.agents ?? 150;
  if (!Number.isSafeInteger(seed)) throw new RangeError('demo source: seed must be an integer');
  if (!(campaignsPerMonth > 0 && campaignsPerMonth <= 100)) throw new RangeError('demo source: campaignsPerMonth must be in (0, 100]');
  if (!(Number.isInteger(agentCount) && agentCount >= 1 && agentCount <= 5000)) throw new RangeError('demo source: agents must be 1..5000');

  // Both depend on the seed only, so they are built once and shared by every call.
  const calendar = createCalendar(seed, campaignsPerMonth);
  const agents = createAgents(seed, agentCount);
  const context = (): DemoContext => ({ seed, clock: readClock(now()), calendar, agents });

  /** The window as inclusive epoch days, clamped to the 13 months the demo holds. */
  function range(ctx: DemoContext, window: ExtractWindow): { from: number; to: number } {
    if (!(window.table in GENERATORS)) throw new RangeError(`demo source: unknown table ${window.table}`);
    const from = Math.max(window.start === null ? ctx.clock.firstDay : dayOf(window.start), ctx.clock.firstDay);
    return { from, to: Math.min(dayOf(window.end), ctx.clock.today) };
  }

  return {
    kind: 'demo',
    description: `demo generator (seed ${seed})`,

    async *extract(window: ExtractWindow, { batchSize, signal }: ExtractOptions): AsyncGenerator<SourceRow[]> {
      if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new RangeError('demo source: batchSize must be a positive integer');
      signal?.throwIfAborted();
      const ctx = context();
      const { from, to } = range(ctx, window);
      let batch: SourceRow[] = [];
      for (const row of GENERATORS[window.table].rows(ctx, from, to)) {
        batch.push(row);
        if (batch.length < batchSize) continue;
        yield batch;
        batch = [];
        // Let timers and the progress UI run, then honour a cancel between batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
        signal?.throwIfAborted();
      }
      if (batch.length > 0) yield batch;
    },

    describeQuery(window: ExtractWindow): string {
      const ctx = context();
      const column = TABLES[window.table].incrementalColumn;
      const start = window.start ?? isoOf(ctx.clock.firstDay);
      return `demo generator: ${window.table} where ${column} between ${start} and ${window.end} (seed ${seed}, revision ${ctx.clock.revision})`;
    },

    async estimate(window: ExtractWindow): Promise<SourceEstimate> {
      const ctx = context();
      const { from, to } = range(ctx, window);
      return { rows: GENERATORS[window.table].count(ctx, from, to) };
    },

    async test() {
      return { ok: true as const, detail: `demo source (deterministic generator, seed ${seed})` };
    },
  };
}
