import { describe, expect, it } from 'vitest';
import { exactDelta, formatExact, formatSum } from '../../components/validation/exact-number';

describe('the validation page’s exact sums', () => {
  it('formats decimal strings without rounding through a float', () => {
    expect(formatExact('es', '12345678901234567.89')).toBe('12,345,678,901,234,567.89');
    expect(formatExact('en', '987')).toBe('987');
    expect(formatExact('es', '-0.05')).toBe('-0.05');
  });

  it('subtracts source from target exactly, keeping the notation', () => {
    expect(exactDelta('101', '100')).toBe('1');
    expect(exactDelta('100', '101')).toBe('-1');
    expect(exactDelta('10.10', '10.15')).toBe('-0.05');
    expect(exactDelta('90071992547409931.00', '90071992547409930.99')).toBe('0.01');
    expect(exactDelta('0', '-2.50')).toBe('2.50');
  });

  it('shows an amount as soles with its exact cents and a count as a plain number', () => {
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(plain(formatSum('es', '12345678901234567.89'))).toBe('S/ 12,345,678,901,234,567.89');
    expect(plain(formatSum('en', '1234.50'))).toBe('S/ 1,234.50');
    expect(plain(formatSum('en', '-0.05'))).toBe('-S/ 0.05');
    expect(plain(formatSum('es', exactDelta('0.00', '90071992547409931.01')))).toBe('-S/ 90,071,992,547,409,931.01');
    expect(formatSum('en', '1234567')).toBe('1,234,567');
    expect(formatSum('es', '0')).toBe('0');
  });
});
