/** Dates as the US-English phone shows them: 11/23/2026 9:14 PM (in the phone's time zone, UTC-less). */
const dateTime = new Intl.DateTimeFormat('en-US', {
  month: 'numeric',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'UTC',
});
const date = new Intl.DateTimeFormat('en-US', {
  month: 'numeric',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const time = new Intl.DateTimeFormat('en-US', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'UTC',
});

// The emulated clock is shown in UTC so that a scenario renders the same on every machine.
export function formatDateTime(epochMs: number): string {
  return dateTime
    .format(epochMs)
    .replace(',', '')
    .replace(/\u202f/g, ' ');
}
export function formatDate(epochMs: number): string {
  return date.format(epochMs);
}
export function formatTime(epochMs: number): string {
  return time.format(epochMs).replace(/\u202f/g, ' ');
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
