// What a missing TimescaleDB feature means and how to get it, in the user's
// language, from the edition the API reports (its own reason/fix are English).
import type { Messages } from '@/lib/i18n/messages';
import type { Edition } from '@/lib/timescale/capabilities';

export interface DatabaseKind {
  edition: Edition;
  /** The extension's files are on the server: `npm run db:setup` can install it. */
  extensionAvailable: boolean;
}

export function featureName(t: Messages, feature: string): string {
  return t.timescale.features[feature] ?? feature;
}

export function featureReason(t: Messages, kind: DatabaseKind, feature: string, serverReason: string): string {
  if (kind.edition === 'community') return serverReason;
  return t.timescale.reasons[kind.edition][feature] ?? serverReason;
}

export function featureFix(t: Messages, kind: DatabaseKind): string {
  if (kind.edition === 'apache') return t.timescale.fixes.community;
  return kind.extensionAvailable ? t.timescale.fixes.installable : t.timescale.fixes.install;
}

/** PostgreSQL's interval text in words: "2 years" → "2 años", "06:00:00" → "6 horas". */
export function intervalText(t: Messages, text: string | null | undefined): string {
  if (!text) return '—';
  const units = t.timescale.units;
  const word = (n: number, unit: string) => {
    const names = units[unit];
    return names ? `${n} ${n === 1 ? names[0] : names[1]}` : `${n} ${unit}`;
  };
  const parts: string[] = [];
  let rest = text.trim();
  const clock = /^(.*?)\s*(\d+):(\d{2}):(\d{2})$/.exec(rest);
  if (clock) rest = clock[1];
  for (const [, n, unit] of rest.matchAll(/(-?\d+)\s*([a-z]+)/gi)) {
    parts.push(word(Number(n), unit.toLowerCase().replace(/s$/, '')));
  }
  if (clock) {
    const [h, m, s] = [clock[2], clock[3], clock[4]].map(Number);
    if (h) parts.push(word(h, 'hour'));
    if (m) parts.push(word(m, 'minute'));
    if (s) parts.push(word(s, 'second'));
  }
  return parts.length > 0 ? parts.join(' ') : text;
}
