/**
 * How the phone writes times, sizes and durations. The phone shows US English in UTC, so that a
 * scenario renders the same on every machine; the formatters are made on first use.
 */
let formatters: Record<'date' | 'time' | 'longDay', Intl.DateTimeFormat> | undefined;
function formatter(kind: 'date' | 'time' | 'longDay'): Intl.DateTimeFormat {
  const us = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  formatters ??= {
    date: us({ month: 'numeric', day: 'numeric', year: 'numeric' }),
    time: us({ hour: 'numeric', minute: '2-digit', hour12: true }),
    longDay: us({ weekday: 'long', month: 'long', day: 'numeric' }),
  };
  return formatters[kind];
}

/** 11/23/2026 */
export const formatDate = (epochMs: number): string => formatter('date').format(epochMs);

/** 9:14 PM (ICU writes a narrow no-break space before PM; the phone a plain one). */
export const formatTime = (epochMs: number): string =>
  formatter('time')
    .format(epochMs)
    .replace(/\u202f/g, ' ');

/** 11/23/2026 9:14 PM */
export const formatDateTime = (epochMs: number): string => `${formatDate(epochMs)} ${formatTime(epochMs)}`;

/** Monday, November 23 (the lock screen's date). */
export const formatLongDay = (epochMs: number): string => formatter('longDay').format(epochMs);

/** Sizes the way the phone writes them: whole gigabytes from ten on, more digits below. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
  // Gigabytes and up read as whole numbers from 10 on (28 GB), smaller units keep more digits.
  const digits = value >= 100 || (unit >= 3 && value >= 10) ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))} ${units[unit]}`;
}

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
