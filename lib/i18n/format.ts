// Numbers, amounts and dates as the console shows them: always in Lima's time
// zone, amounts in soles (S/) in both languages, Peruvian digits in Spanish.
import type { Locale } from './locales';

export const TIME_ZONE = 'America/Lima';

export interface Formatters {
  number(value: number | null | undefined, digits?: number): string;
  soles(value: number | string | null | undefined): string;
  percent(value: number | null | undefined, digits?: number): string;
  bytes(value: number | null | undefined): string;
  /** A calendar date (YYYY-MM-DD): shown as that day, never shifted by a time zone. */
  date(value: string | null | undefined): string;
  dateTime(value: Date | string | null | undefined): string;
  time(value: Date | string | null | undefined): string;
  duration(seconds: number | null | undefined): string;
  /** "hace 5 min" / "5 min ago". */
  ago(value: Date | string | null | undefined, now?: Date): string;
}

const cache = new Map<Locale, Formatters>();
const money: Partial<Record<Locale, Intl.NumberFormat>> = {};

/**
 * Soles as S/ in both languages. English ICU data has no symbol for PEN (it
 * prints "PEN 1,234.00", even with narrowSymbol), so the currency part is
 * swapped. A decimal string is formatted exactly, never through a float.
 */
export function formatSoles(locale: Locale, value: number | string): string {
  money[locale] ??= new Intl.NumberFormat(locale === 'es' ? 'es-PE' : 'en-US', { style: 'currency', currency: 'PEN' });
  return money[locale].formatToParts(value as number | `${number}`).map((p) => (p.type === 'currency' ? 'S/' : p.value)).join('');
}

export function formatters(locale: Locale): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = locale === 'es' ? 'es-PE' : 'en-US';
  const dash = '—';
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const stamp = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const clock = new Intl.DateTimeFormat(tag, { timeStyle: 'medium', timeZone: TIME_ZONE });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style: 'short' });
  const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
  // One formatter per precision: a dashboard table formats hundreds of cells a render.
  const byDigits = new Map<number, Intl.NumberFormat>();
  const fixed = (digits: number) => {
    let format = byDigits.get(digits);
    if (!format) byDigits.set(digits, (format = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: digits })));
    return format;
  };
  const f: Formatters = {
    number: (v, digits = 0) => (v == null ? dash : fixed(digits).format(v)),
    soles: (v) => (v == null || v === '' ? dash : formatSoles(locale, v)),
    percent: (v, digits = 1) => (v == null ? dash : `${fixed(digits).format(v)} %`),
    bytes: (v) => {
      if (v == null) return dash;
      const units = ['B', 'KB', 'MB', 'GB', 'TB'];
      let value = v;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) (value /= 1024), unit++;
      return `${new Intl.NumberFormat(tag, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
    },
    date: (v) => (v ? day.format(new Date(`${v.slice(0, 10)}T00:00:00Z`)) : dash),
    dateTime: (v) => (v ? stamp.format(toDate(v)) : dash),
    time: (v) => (v ? clock.format(toDate(v)) : dash),
    duration: (s) => {
      if (s == null) return dash;
      if (s < 60) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(s)} s`;
      const minutes = Math.floor(s / 60);
      return minutes < 60 ? `${minutes} min ${Math.round(s % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
    },
    ago: (v, now = new Date()) => {
      if (!v) return dash;
      const seconds = (toDate(v).getTime() - now.getTime()) / 1000;
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(Math.round(seconds), 'second');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86_400), 'day');
    },
  };
  cache.set(locale, f);
  return f;
}
