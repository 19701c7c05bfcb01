import { describe, it, expect } from 'vitest';
import { holidayFile, shippedHolidayFiles } from '../testing';
import { formatIssuePath, holidayFileSchema, parseHolidayFile } from './holiday-file';

const SOURCE = ['https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm'];

const holidays2020 = holidayFile(2020);
const holidays2025 = holidayFile(2025);

describe('parseHolidayFile', () => {
  it('accepts the shipped 2025 file without warnings and keeps unknown keys', () => {
    // given the State Council data as shipped
    // when
    const result = parseHolidayFile(holidays2025);

    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.value.days).toHaveLength(holidays2025.days.length);
    expect(result.value).toHaveProperty('$schema', holidays2025.$schema);
  });

  it.each([
    ...shippedHolidayFiles,
  ])('accepts every shipped file ($year)', (file) => {
    // given a shipped file (2019 and 2023 list New Year days of the previous December)
    // when
    const result = parseHolidayFile(file);

    // then
    expect(result.ok).toBe(true);
  });

  it('warns about the 2020 make-up day that fell on a Monday', () => {
    // given the 2020 data (Spring Festival extended, work resumed Monday 2020-02-03)
    // when
    const result = parseHolidayFile(holidays2020);

    // then
    expect(result.ok && result.warnings).toEqual(['days[12]：调休上班日 2020-02-03 本是工作日，请核实']);
  });

  it('reports a date outside the year with its JSON path', () => {
    // given a 2025 file with dates in 2026, the previous December (allowed) and November
    const file = {
      year: 2025,
      papers: SOURCE,
      days: [
        { name: '元旦', date: '2025-01-01', isOffDay: true },
        { name: '元旦', date: '2026-01-01', isOffDay: true },
        { name: '元旦', date: '2024-12-31', isOffDay: true },
        { name: '国庆节', date: '2024-11-30', isOffDay: true },
      ],
    };

    // when
    const result = parseHolidayFile(file);

    // then
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'days[1].date', message: '日期 2026-01-01 不在 2025 年内（仅允许上一年 12 月的元旦跨年日期）' },
        { path: 'days[3].date', message: '日期 2024-11-30 不在 2025 年内（仅允许上一年 12 月的元旦跨年日期）' },
      ],
    });
  });

  it('reports a duplicate date', () => {
    // given
    const file = {
      year: 2025,
      days: [
        { name: '元旦', date: '2025-01-01', isOffDay: true },
        { name: '春节', date: '2025-01-28', isOffDay: true },
        { name: '元旦', date: '2025-01-01', isOffDay: true },
      ],
    };

    // when
    const result = parseHolidayFile(file);

    // then
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'days[2].date', message: '日期 2025-01-01 重复（与 days[0] 相同）' }],
    });
  });

  it('reports impossible dates and wrong types field by field', () => {
    // given
    const file = {
      year: 2025.5,
      days: [
        { name: '', date: '2025-02-29', isOffDay: 'yes' },
        { name: '国庆节', date: '2025-10-01', isOffDay: true },
      ],
    };

    // when
    const result = parseHolidayFile(file);

    // then
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'year', message: '年份必须为整数' },
        { path: 'days[0].name', message: '名称不能为空' },
        { path: 'days[0].date', message: '日期必须为真实日期（YYYY-MM-DD）' },
        { path: 'days[0].isOffDay', message: 'isOffDay 必须为 true 或 false' },
      ]),
    );
    expect(result.errors).toHaveLength(4);
  });

  it.each([null, 'holidays', [], 2025])('rejects the non-object %j at the document root', (json) => {
    // given / when
    const result = parseHolidayFile(json);

    // then
    expect(result).toEqual({ ok: false, errors: [{ path: '$', message: '节假日文件必须为 JSON 对象' }] });
  });

  it('rejects a file without days', () => {
    // given / when
    const result = parseHolidayFile({ year: 2025 });

    // then
    expect(result).toEqual({ ok: false, errors: [{ path: 'days', message: 'days 必须为数组' }] });
  });

  it('warns about a missing source, no days off, and a make-up day on a weekday', () => {
    // given 2025-03-05 is a Wednesday
    const file = { year: 2025, days: [{ name: '调休', date: '2025-03-05', isOffDay: false }] };

    // when
    const result = parseHolidayFile(file);

    // then
    expect(result).toEqual({
      ok: true,
      value: file,
      warnings: [
        '未注明国务院通知来源（papers），请核实数据出处',
        '2025 年没有任何放假日期，请核实',
        'days[0]：调休上班日 2025-03-05 本是工作日，请核实',
      ],
    });
  });
});

describe('holidayFileSchema', () => {
  it('passes unknown keys through', () => {
    // given
    const file = { $id: 'x', year: 2030, papers: SOURCE, days: [], note: 'draft' };

    // when
    const parsed = holidayFileSchema.parse(file);

    // then
    expect(parsed).toEqual(file);
  });
});

describe('formatIssuePath', () => {
  it('formats zod paths as JSON paths', () => {
    // given / when / then
    expect(formatIssuePath(['days', 3, 'date'])).toBe('days[3].date');
    expect(formatIssuePath(['year'])).toBe('year');
    expect(formatIssuePath([0, 'a'])).toBe('[0].a');
    expect(formatIssuePath([])).toBe('$');
  });
});
