import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatDuration, formatLongDay, formatTime } from './format';

describe('format', () => {
  it('writes sizes the way the phone does', () => {
    expect(formatBytes(30_000_000_000)).toBe('28 GB');
    expect(formatBytes(1.11 * 1024 * 1024)).toBe('1.11 MB');
    expect(formatBytes(980 * 1024)).toBe('980 KB');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(0)).toBe('0 bytes');
  });
  it('writes dates as 11/23/2026 9:14 PM', () => {
    expect(formatDateTime(Date.UTC(2026, 10, 23, 21, 14))).toBe('11/23/2026 9:14 PM');
  });
  it('writes times the way the phone does, in UTC', () => {
    expect(formatDate(Date.UTC(2026, 0, 1, 0, 0))).toBe('1/1/2026');
    expect(formatTime(Date.UTC(2026, 0, 1, 0, 0))).toBe('12:00 AM');
    expect(formatTime(Date.UTC(2026, 5, 30, 12, 0))).toBe('12:00 PM');
    expect(formatTime(Date.UTC(2026, 5, 30, 11, 59))).toBe('11:59 AM');
    expect(formatLongDay(Date.UTC(2026, 10, 23, 21, 14))).toBe('Monday, November 23');
  });
  it('refuses a time that is not a number, as Intl did', () => {
    expect(() => formatDateTime(Number.NaN)).toThrow(RangeError);
  });
  it('writes call durations', () => {
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
