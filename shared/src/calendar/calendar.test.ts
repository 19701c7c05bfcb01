import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { holidayFile } from '../testing';
import { formatIsoDate, parseIsoDate } from '../time/iso-date';
import { createCalendar } from './calendar';

const calendar = createCalendar([holidayFile(2024), holidayFile(2025), holidayFile(2026)]);

describe('createCalendar with State Council data', () => {
  it.each([
    ['2025-09-26', 5, '2025-10-10'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-01-24', 3, '2025-02-05'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2024-09-27', 2, '2024-09-30'],
    ['2025-04-30', 20, '2025-06-03'],
    ['2025-12-31', 15, '2026-01-22'],
  ])('accepted %s + %i working days → %s', (accepted, n, deadline) => {
    // given the calendar for 2024–2026
    // when
    const result = calendar.addWorkingDays(accepted, n);

    // then
    expect(result).toEqual({ date: deadline, fallbackYears: [] });
    expect(calendar.workingDaysBetween(accepted, deadline)).toBe(n);
  });

  it('returns the acceptance date itself for n = 0 (即办)', () => {
    // given a Sunday acceptance
    // when
    const result = calendar.addWorkingDays('2025-10-05', 0);

    // then
    expect(result).toEqual({ date: '2025-10-05', fallbackYears: [] });
  });

  it('treats holidays as off and make-up weekend days as working days', () => {
    // given / when / then
    expect(calendar.isWorkingDay('2025-10-01')).toBe(false); // 国庆节, Wednesday
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true); // 调休, Sunday
    expect(calendar.isWorkingDay('2025-09-27')).toBe(false); // ordinary Saturday
    expect(calendar.isWorkingDay('2025-09-29')).toBe(true); // ordinary Monday
  });

  it('knows which years have data', () => {
    // given / when / then
    expect([2023, 2024, 2025, 2026, 2027].map((y) => calendar.hasData(y))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('counts working days backwards as a negative number', () => {
    // given a range over the 2025 National Day holiday
    // when
    const forwards = calendar.workingDaysBetween('2025-09-26', '2025-10-10');
    const backwards = calendar.workingDaysBetween('2025-10-10', '2025-09-26');
    const same = calendar.workingDaysBetween('2025-10-10', '2025-10-10');

    // then
    expect(forwards).toBe(5);
    expect(backwards).toBe(-5);
    expect(same).toBe(0);
  });

  it('is consistent: workingDaysBetween undoes addWorkingDays', () => {
    // given any acceptance date in 2023–2027 and any limit up to 60 working days
    const start = parseIsoDate('2023-01-01') ?? 0;
    const end = parseIsoDate('2027-12-31') ?? 0;

    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.nat({ max: 60 }), (day, n) => {
        // when
        const accepted = formatIsoDate(day);
        const { date } = calendar.addWorkingDays(accepted, n);

        // then the deadline is a working day n working days later
        expect(calendar.workingDaysBetween(accepted, date)).toBe(n);
        if (n > 0) expect(calendar.isWorkingDay(date)).toBe(true);
      }),
    );
  });

  it('rejects invalid dates and limits', () => {
    // given / when / then
    expect(() => calendar.isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-01-01', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2025/01/01', '2025-01-02')).toThrow(RangeError);
  });

  it("applies a notice's New Year days in the previous December", () => {
    // given only the 2019 file; it makes Saturday 2018-12-29 a working day, 2018-12-31 a day off
    const only2019 = createCalendar([holidayFile(2019)]);

    // when
    const result = only2019.addWorkingDays('2018-12-28', 2);

    // then 2018 itself has no data, so it is still reported as a fallback year
    expect(only2019.isWorkingDay('2018-12-29')).toBe(true);
    expect(only2019.isWorkingDay('2018-12-31')).toBe(false);
    expect(result).toEqual({ date: '2019-01-02', fallbackYears: [2018] });
  });

  it('lets the newer notice decide a December date both files list', () => {
    // given a 2022 file that calls 2022-12-30 a working day and the 2023 notice that closes it
    const y2022 = { year: 2022, days: [{ name: 'x', date: '2022-12-30', isOffDay: false }] };
    const y2023 = { year: 2023, days: [{ name: '元旦', date: '2022-12-30', isOffDay: true }] };

    // when
    const merged = createCalendar([y2023, y2022]);

    // then
    expect(merged.isWorkingDay('2022-12-30')).toBe(false);
  });

  it('refuses a file whose dates lie outside its year', () => {
    // given
    const wrong = { year: 2030, days: [{ name: '元旦', date: '2031-01-01', isOffDay: true }] };

    // when / then
    expect(() => createCalendar([wrong])).toThrow(RangeError);
  });
});

describe('createCalendar Monday–Friday fallback', () => {
  it('uses Monday–Friday for a year without data and reports it', () => {
    // given no data for 2031; 2031-01-01 is a Wednesday (New Year's Day, unknown to us)
    // when
    const result = calendar.addWorkingDays('2030-12-31', 3);

    // then
    expect(calendar.isWorkingDay('2031-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2031-01-04')).toBe(false);
    expect(result).toEqual({ date: '2031-01-03', fallbackYears: [2031] });
  });

  it('reports only the missing year in a cross-year range', () => {
    // given data for 2026 but not 2027; 2026-12-31 is a Thursday
    // when
    const result = calendar.addWorkingDays('2026-12-30', 3);

    // then
    expect(result).toEqual({ date: '2027-01-04', fallbackYears: [2027] });
    expect(calendar.fallbackYearsBetween('2026-12-30', '2027-01-04')).toEqual([2027]);
    expect(calendar.fallbackYearsBetween('2027-01-04', '2026-12-30')).toEqual([2027]);
  });

  it('does not report a missing year the count never reached', () => {
    // given a deadline that ends on the last day of a year with data
    // when
    const result = calendar.addWorkingDays('2026-12-29', 2);

    // then
    expect(result).toEqual({ date: '2026-12-31', fallbackYears: [] });
  });

  it('lists every missing year of a long range', () => {
    // given an empty calendar
    const empty = createCalendar([]);

    // when
    const result = empty.addWorkingDays('2031-12-31', 300);

    // then
    expect(result.fallbackYears).toEqual([2032, 2033]);
    expect(empty.hasData(2031)).toBe(false);
  });

  it('lets a later file for the same year replace an earlier one', () => {
    // given a first 2031 file declaring New Year's Day, then a corrected one without it
    const first = { year: 2031, days: [{ name: '元旦', date: '2031-01-01', isOffDay: true }] };
    const corrected = { year: 2031, days: [{ name: '元旦', date: '2031-01-02', isOffDay: true }] };

    // when
    const replaced = createCalendar([first, corrected]);

    // then
    expect(replaced.isWorkingDay('2031-01-01')).toBe(true);
    expect(replaced.isWorkingDay('2031-01-02')).toBe(false);
    expect(replaced.addWorkingDays('2030-12-31', 1)).toEqual({ date: '2031-01-01', fallbackYears: [] });
  });
});
