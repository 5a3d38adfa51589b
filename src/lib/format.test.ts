import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatDuration } from './format';

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
  it('writes call durations', () => {
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
