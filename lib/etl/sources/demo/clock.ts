// The demo's notion of time: "today" and the hour in America/Lima, the hourly
// revision that makes recent days grow, and day arithmetic on epoch-day numbers.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Everything the generator reads from the clock; all of it is fixed within one hour. */
export interface DemoClock {
  /** Today in Lima, as days since 1970-01-01. */
  today: number;
  /** The hour in Lima (0–23). */
  hour: number;
  /** Whole hours since the epoch: the data only changes when this does. */
  revision: number;
  /** The first day with data: 13 months before today. */
  firstDay: number;
}

const limaParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Lima',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

export function readClock(now: Date): DemoClock {
  if (Number.isNaN(now.getTime())) throw new RangeError('demo source: now() returned an invalid date');
  const parts = Object.fromEntries(limaParts.formatToParts(now).map((p) => [p.type, p.value]));
  const today = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / DAY_MS;
  return {
    today,
    hour: Number(parts.hour) % 24,
    // Lima is a whole number of hours from UTC, so its hours and these agree.
    revision: Math.floor(now.getTime() / HOUR_MS),
    firstDay: monthsBefore(today, 13),
  };
}

export function dayOf(iso: string): number {
  const match = DATE.exec(iso);
  if (!match) throw new RangeError(`demo source: "${iso}" is not a date (YYYY-MM-DD)`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same day of the month `months` earlier, clamped to that month's length. */
export function monthsBefore(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastOfMonth)) / DAY_MS;
}

/** Campaigns are worked Monday to Saturday; Sunday has snapshots but no actions. */
export function isBusinessDay(day: number): boolean {
  // 1970-01-01 was a Thursday; (day + 4) % 7 === 0 is a Sunday.
  return (day + 4) % 7 !== 0;
}
