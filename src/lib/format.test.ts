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
  it('writes the same as US English in UTC, by hand (no ICU formatter to build on each load)', () => {
    const intl = (options: Intl.DateTimeFormatOptions) => (t: number) =>
      new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' })
        .format(t)
        .replace(',', '')
        .replace(/\u202f/g, ' ');
    const usDateTime = intl({
      month: 'numeric',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    });
    const usDate = intl({ month: 'numeric', day: 'numeric', year: 'numeric' });
    const usTime = intl({ hour: 'numeric', minute: '2-digit', hour12: true });
    const usDay = (t: number) =>
      new Intl.DateTimeFormat('en-US', {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(t);
    // Midnight, noon, one minute either side, and a spread of days over several years.
    const times = [Date.UTC(2026, 0, 1, 0, 0), Date.UTC(2026, 5, 30, 12, 0), Date.UTC(2026, 5, 30, 11, 59)];
    for (let t = Date.UTC(2024, 1, 29, 0, 1); t < Date.UTC(2028, 0, 1); t += 37 * 3_600_000 + 7 * 60_000)
      times.push(t);
    for (const t of times) {
      expect(formatDateTime(t)).toBe(usDateTime(t));
      expect(formatDate(t)).toBe(usDate(t));
      expect(formatTime(t)).toBe(usTime(t));
      expect(formatLongDay(t)).toBe(usDay(t));
    }
  });
  it('refuses a time that is not a number, as Intl did', () => {
    expect(() => formatDateTime(Number.NaN)).toThrow(RangeError);
  });
  it('writes call durations', () => {
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
