// What every table generator of the demo receives: the seed, the clock read
// once per call (so one extraction never straddles two revisions), the
// calendar and the roster.
import type { SourceRow } from '../source';
import type { Agent } from './agents';
import type { Calendar } from './calendar';
import type { DemoClock } from './clock';

export interface DemoContext {
  seed: number;
  clock: DemoClock;
  calendar: Calendar;
  agents: Agent[];
}

/**
 * One mart table. `from`/`to` are inclusive epoch days of the table's
 * incremental column, already clamped to the data's range.
 */
export interface TableGenerator {
  rows(ctx: DemoContext, from: number, to: number): Iterable<SourceRow>;
  /** Exactly how many rows `rows` yields, without building them. */
  count(ctx: DemoContext, from: number, to: number): number;
}
