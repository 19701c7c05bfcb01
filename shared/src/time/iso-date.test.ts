import { describe, it, expect } from 'vitest';
import {
  chinaDateOf,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  weekdayOf,
  yearOf,
} from './iso-date';

describe('iso-date', () => {
  it('round-trips real dates through day numbers', () => {
    // given
    const dates = ['1970-01-01', '2000-02-29', '2025-12-31', '1949-10-01', '0099-03-01'];

    // when
    const roundTripped = dates.map((d) => formatIsoDate(parseIsoDate(d) ?? Number.NaN));

    // then
    expect(roundTripped).toEqual(dates);
    expect(parseIsoDate('1970-01-02')).toBe(1);
  });

  it('rejects impossible or malformed dates', () => {
    // given
    const bad = ['1990-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '20250101', ''];

    // when
    const results = bad.map(isIsoDate);

    // then
    expect(results).toEqual(bad.map(() => false));
  });

  it('knows the weekday and year of a day number', () => {
    // given 2025-10-10 was a Friday, 2026-02-14 a Saturday
    const friday = parseIsoDate('2025-10-10') ?? 0;
    const saturday = parseIsoDate('2026-02-14') ?? 0;

    // when / then
    expect(weekdayOf(friday)).toBe(5);
    expect(weekdayOf(saturday)).toBe(6);
    expect(weekdayOf(-1)).toBe(3);
    expect(yearOf(saturday)).toBe(2026);
  });

  it('reads the date in China regardless of the host time zone', () => {
    // given an instant that is still 31 December in UTC but already 1 January in Beijing
    const instant = new Date('2025-12-31T16:30:00Z');

    // when
    const date = chinaDateOf(instant);

    // then
    expect(date).toBe('2026-01-01');
  });
});
