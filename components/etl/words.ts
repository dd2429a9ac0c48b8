// A stored code (a run's phase, mode, trigger) in the user's words; an unknown
// code is shown as itself rather than hidden.
export function word(words: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return words[code] ?? code;
}
