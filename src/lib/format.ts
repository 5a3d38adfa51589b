// Dates are written by hand, not with Intl.DateTimeFormat: the phone only ever shows US English in
// UTC, and building three ICU formatters cost 100 ms or more of every page load on a slow machine.
// The emulated clock is shown in UTC so that a scenario renders the same on every machine.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function utc(epochMs: number): Date {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid time value: ${epochMs}`);
  return d;
}

/** 11/23/2026 */
export function formatDate(epochMs: number): string {
  const d = utc(epochMs);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

/** 9:14 PM */
export function formatTime(epochMs: number): string {
  const d = utc(epochMs);
  const h = d.getUTCHours();
  return `${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** 11/23/2026 9:14 PM */
export function formatDateTime(epochMs: number): string {
  return `${formatDate(epochMs)} ${formatTime(epochMs)}`;
}

/** Monday, November 23 (the lock screen's date). */
export function formatLongDay(epochMs: number): string {
  const d = utc(epochMs);
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** Sizes the way the phone writes them: 980 KB, 1.11 MB, 28 GB. */
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
