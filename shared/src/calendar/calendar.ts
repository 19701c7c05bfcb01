/**
 * Working-day calendar for statutory time limits (《行政许可法》art. 82).
 * Years without holiday data fall back to Monday–Friday and are reported, never refused.
 */
import { formatIsoDate, parseIsoDate, weekdayOf, yearOf } from '../time/iso-date';
import { belongsToHolidayYear } from './holiday-year';
import type { HolidayFile } from './types';

export interface WorkingDeadline {
  /** 'YYYY-MM-DD' */
  date: string;
  /** Years, ascending, counted with the Monday–Friday fallback (show a warning when non-empty). */
  fallbackYears: number[];
}

export interface WorkingCalendar {
  /** True when the date is a working day (make-up weekend days included). */
  isWorkingDay(date: string): boolean;
  /** True when holiday data for the year is loaded. */
  hasData(year: number): boolean;
  /** The date n working days after acceptance (counting starts the next day); n = 0 is the acceptance date. */
  addWorkingDays(accepted: string, n: number): WorkingDeadline;
  /** Working days in (from, to]; negative (−count of (to, from]) when to is before from. */
  workingDaysBetween(from: string, to: string): number;
  /** Years without data touched by the days in (from, to] (either order), ascending. */
  fallbackYearsBetween(from: string, to: string): number[];
}

function dayNumberOf(date: string, caller: string): number {
  const dayNumber = parseIsoDate(date);
  if (dayNumber === null) throw new RangeError(`${caller}: invalid date ${JSON.stringify(date)}`);
  return dayNumber;
}

/** Builds a calendar from validated holiday files; a later file for a year replaces an earlier one. */
export function createCalendar(years: readonly HolidayFile[]): WorkingCalendar {
  const loadedYears = new Set<number>();
  const overrides = new Map<number, boolean>(); // day number → is working day
  const byYear = new Map<number, HolidayFile>();
  for (const file of years) byYear.set(file.year, file);
  // Ascending, so a notice's New Year spill-over into December wins over the previous year's file.
  const files = [...byYear.values()].sort((a, b) => a.year - b.year);
  for (const file of files) {
    loadedYears.add(file.year);
    for (const day of file.days) {
      const dayNumber = dayNumberOf(day.date, 'createCalendar');
      if (!belongsToHolidayYear(dayNumber, file.year)) {
        throw new RangeError(`createCalendar: ${day.date} is outside ${file.year}`);
      }
      overrides.set(dayNumber, !day.isOffDay);
    }
  }

  const isWorking = (dayNumber: number): boolean => {
    const override = overrides.get(dayNumber);
    if (override !== undefined) return override;
    const weekday = weekdayOf(dayNumber);
    return weekday !== 0 && weekday !== 6;
  };

  const countBetween = (from: number, to: number): number => {
    let count = 0;
    for (let day = from + 1; day <= to; day++) if (isWorking(day)) count++;
    return count;
  };

  const missingYears = (from: number, to: number): number[] => {
    const missing: number[] = [];
    for (let year = yearOf(from); year <= yearOf(to); year++) {
      if (!loadedYears.has(year)) missing.push(year);
    }
    return missing;
  };

  return {
    isWorkingDay: (date) => isWorking(dayNumberOf(date, 'isWorkingDay')),
    hasData: (year) => loadedYears.has(year),
    addWorkingDays(accepted, n) {
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`);
      }
      const start = dayNumberOf(accepted, 'addWorkingDays');
      let day = start;
      for (let remaining = n; remaining > 0; ) {
        day++;
        if (isWorking(day)) remaining--;
      }
      const fallbackYears = day > start ? missingYears(start + 1, day) : [];
      return { date: formatIsoDate(day), fallbackYears };
    },
    workingDaysBetween(from, to) {
      const a = dayNumberOf(from, 'workingDaysBetween');
      const b = dayNumberOf(to, 'workingDaysBetween');
      return b >= a ? countBetween(a, b) : -countBetween(b, a);
    },
    fallbackYearsBetween(from, to) {
      const a = dayNumberOf(from, 'fallbackYearsBetween');
      const b = dayNumberOf(to, 'fallbackYearsBetween');
      const [low, high] = a <= b ? [a, b] : [b, a];
      return high > low ? missingYears(low + 1, high) : [];
    },
  };
}
