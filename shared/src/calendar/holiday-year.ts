/** Which dates a year's holiday notice may list. */
import { formatIsoDate, yearOf } from '../time/iso-date';

/**
 * True when a notice for `year` may list the day: any date of that year, or a date in the
 * previous December, where a New Year holiday and its make-up day can start (2019, 2023 notices).
 */
export function belongsToHolidayYear(dayNumber: number, year: number): boolean {
  const dayYear = yearOf(dayNumber);
  if (dayYear === year) return true;
  return dayYear === year - 1 && formatIsoDate(dayNumber).slice(5, 7) === '12';
}
