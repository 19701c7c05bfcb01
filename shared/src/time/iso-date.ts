/**
 * Plain calendar dates as 'YYYY-MM-DD' strings and UTC day numbers (days since 1970-01-01).
 * All arithmetic is UTC so the host's time zone never shifts a date.
 */

const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict 'YYYY-MM-DD' real calendar date into a UTC day number, or null. */
export function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null;
  }
  return Math.round(probe.getTime() / MS_PER_DAY);
}

/** True when the text is a strict 'YYYY-MM-DD' real calendar date. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Formats a UTC day number as 'YYYY-MM-DD'. */
export function formatIsoDate(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Day of the week of a UTC day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Year of a UTC day number. */
export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** The calendar date in China (UTC+8, no DST) at the given instant, as 'YYYY-MM-DD'. */
export function chinaDateOf(instant: Date): string {
  return formatIsoDate(Math.floor((instant.getTime() + CHINA_OFFSET_MS) / MS_PER_DAY));
}
