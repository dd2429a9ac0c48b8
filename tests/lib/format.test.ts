import { describe, expect, it } from 'vitest';
import { formatters } from '../../lib/i18n/format';

const es = formatters('es');
const en = formatters('en');
// ICU puts no-break spaces (U+00A0, U+202F) where a reader sees a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts in soles', () => {
  it('shows S/ with Peruvian digits in Spanish, kept on one line with the number', () => {
    expect(es.soles(1234567.89)).toBe('S/\u00a01,234,567.89');
    expect(es.soles(0)).toBe('S/\u00a00.00');
    expect(es.soles(-15.5)).toBe('-S/\u00a015.50');
  });

  it('shows S/ in English too, never "PEN"', () => {
    expect(plain(en.soles(1234))).toBe('S/ 1,234.00');
    expect(en.soles(-0.05)).not.toContain('PEN');
    expect(plain(en.soles(-0.05))).toBe('-S/ 0.05');
  });

  it('formats a decimal string exactly, past what a float can hold', () => {
    expect(plain(es.soles('12345678901234567.89'))).toBe('S/ 12,345,678,901,234,567.89');
    expect(plain(en.soles('90071992547409931.01'))).toBe('S/ 90,071,992,547,409,931.01');
  });

  it('shows a dash for a missing amount', () => {
    expect(es.soles(null)).toBe('—');
    expect(en.soles('')).toBe('—');
  });
});

describe('times in Lima', () => {
  // 03:30 UTC on the 20th is 22:30 of the 19th in Lima (UTC−5, no daylight saving).
  const instant = '2026-11-20T03:30:00Z';

  it('shows a timestamp in Lima’s time, whatever the machine’s zone', () => {
    expect(plain(es.dateTime(instant))).toBe('19 nov. 2026, 10:30 p. m.');
    expect(plain(en.dateTime(new Date(instant)))).toBe('Nov 19, 2026, 10:30 PM');
    expect(plain(es.time(instant))).toBe('10:30:00 p. m.');
  });

  it('shows a calendar date as that day, never shifted to the day before', () => {
    expect(plain(es.date('2026-01-01'))).toBe('1 ene. 2026');
    expect(plain(en.date('2026-01-01'))).toBe('Jan 1, 2026');
    // A date that arrives with a time still names its own day.
    expect(plain(en.date('2026-11-20T00:00:00.000Z'))).toBe('Nov 20, 2026');
    expect(es.date(null)).toBe('—');
  });

  it('says how long ago, in each language', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(plain(es.ago('2026-11-20T11:55:00Z', now))).toBe('hace 5 min');
    expect(plain(en.ago('2026-11-20T09:00:00Z', now))).toBe('3 hr. ago');
  });
});

describe('percentages, counts and durations', () => {
  it('shows a percentage with one decimal by default', () => {
    expect(plain(es.percent(12.345))).toBe('12.3 %');
    expect(plain(en.percent(100, 0))).toBe('100 %');
    expect(en.percent(null)).toBe('—');
  });

  it('groups thousands in counts', () => {
    expect(es.number(1234567)).toBe('1,234,567');
    expect(en.number(2.5, 2)).toBe('2.50');
  });

  it('shows durations in seconds, minutes or hours', () => {
    expect(es.duration(4.25)).toBe('4.3 s');
    expect(en.duration(125)).toBe('2 min 5 s');
    expect(es.duration(3 * 3600 + 7 * 60 + 30)).toBe('3 h 7 min');
    expect(en.duration(null)).toBe('—');
  });

  it('shows sizes in binary units', () => {
    expect(en.bytes(512)).toBe('512 B');
    expect(en.bytes(1536)).toBe('1.5 KB');
  });
});
