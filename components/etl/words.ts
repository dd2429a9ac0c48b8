// A stored code (a run's phase, mode, trigger) in the user's words; an unknown
// code is shown as itself rather than hidden.
export function word(words: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return words[code] ?? code;
}

type Units = Record<'day' | 'month' | 'year', (n: number) => string>;

/** A configured interval ("7 days", "1 year") in the user's words. */
export function intervalWords(interval: string, units: Units): string {
  const match = /^(\d+) (day|month|year)s?$/.exec(interval.trim());
  return match ? units[match[2] as keyof Units](Number(match[1])) : interval;
}
