// Sums as the API sends them — exact decimal strings, amounts with their cents
// ("12345.67"), counts without ("987") — formatted and subtracted without ever
// going through a float.
import { formatSoles } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/** An amount's sum carries its cents; a count's never has a decimal point. */
export const isAmount = (text: string) => text.includes('.');

/** An amount as soles with its exact cents ("S/ 1,234.50"), a count as a plain number. */
export function formatSum(locale: Locale, text: string): string {
  return isAmount(text) ? formatSoles(locale, text) : formatExact(locale, text);
}

export function formatExact(locale: Locale, text: string): string {
  const decimals = isAmount(text) ? 2 : 0;
  const format = new Intl.NumberFormat(locale === 'es' ? 'es-PE' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // Intl formats a numeric string exactly (ES2023), where a Number would round past 2^53.
  return format.format(text as unknown as number);
}

const toUnits = (text: string) => {
  const [whole, fraction = ''] = text.split('.');
  const negative = whole.startsWith('-');
  const units = BigInt(whole.replace('-', '') || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -units : units;
};

/** target − source, in the same notation. */
export function exactDelta(target: string, source: string): string {
  const numeric = target.includes('.') || source.includes('.');
  const delta = toUnits(target) - toUnits(source);
  if (!numeric) return (delta / 100n).toString();
  const sign = delta < 0n ? '-' : '';
  const abs = delta < 0n ? -delta : delta;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
