// Window maths (SPEC §5): the rows each mode reads, and the fresh-skip rule.
import { describe, expect, it } from 'vitest';
import { isFresh, limaDate, planWindow } from '../../lib/etl/window';

const now = new Date('2026-11-20T03:30:00Z'); // still the 19th in Lima (UTC−5)

describe('planWindow', () => {
  it('dates "today" in Lima, not UTC', () => {
    expect(limaDate(now)).toBe('2026-11-19');
  });

  it('turns a first incremental run (no watermark) into a full refresh', () => {
    expect(planWindow({ mode: 'incremental', watermark: null, lookbackDays: 7, now }))
      .toEqual({ mode: 'full_refresh', start: null, end: '2026-11-19' });
  });

  it('re-reads the lookback before the watermark on an incremental run', () => {
    expect(planWindow({ mode: 'incremental', watermark: '2026-11-18', lookbackDays: 7, now }))
      .toEqual({ mode: 'incremental', start: '2026-11-11', end: '2026-11-19' });
    expect(planWindow({ mode: 'incremental', watermark: '2026-03-02', lookbackDays: 3, now }).start).toBe('2026-02-27');
  });

  it('slides from today minus the lookback whatever the watermark', () => {
    for (const watermark of [null, '2025-01-01', '2026-11-19']) {
      expect(planWindow({ mode: 'sliding_window', watermark, lookbackDays: 30, now }))
        .toEqual({ mode: 'sliding_window', start: '2026-10-20', end: '2026-11-19' });
    }
  });

  it('reads everything on a full refresh', () => {
    expect(planWindow({ mode: 'full_refresh', watermark: '2026-11-18', lookbackDays: 7, now }))
      .toEqual({ mode: 'full_refresh', start: null, end: '2026-11-19' });
  });

  it('keeps reading up to a watermark that is ahead of today', () => {
    expect(planWindow({ mode: 'incremental', watermark: '2026-11-25', lookbackDays: 2, now }))
      .toEqual({ mode: 'incremental', start: '2026-11-23', end: '2026-11-25' });
  });
});

describe('isFresh', () => {
  it('is fresh only while the last success is younger than the interval', () => {
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    expect(isFresh(null, 6, now)).toBe(false);
    expect(isFresh(hoursAgo(5.9), 6, now)).toBe(true);
    expect(isFresh(hoursAgo(6), 6, now)).toBe(false);
  });
});
