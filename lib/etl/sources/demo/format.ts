// How the demo hands values over: amounts as exact decimal strings (no float
// ever touches a sol), ratios computed from the row's own counts (SPEC §4).

/** Cents → '12345.67'. */
export function money(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Two decimals are what the dashboards show; more would only be noise. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** 100·part/whole, or 0 when there is nothing to divide by (SPEC §4). */
export function pct(part: number, whole: number): number {
  return whole > 0 ? round2((100 * part) / whole) : 0;
}

/** part/whole, or 0 when there is nothing to divide by. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? round2(part / whole) : 0;
}
