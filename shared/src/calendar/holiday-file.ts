/** Validation of an uploaded holiday file (data/holidays-cn/YYYY.json format). */
import { z } from 'zod';
import { parseIsoDate, weekdayOf } from '../time/iso-date';
import { belongsToHolidayYear } from './holiday-year';
import type { HolidayFile } from './types';

const isoDateSchema = z
  .string({ error: '日期必须为文本' })
  .refine((value) => parseIsoDate(value) !== null, { error: '日期必须为真实日期（YYYY-MM-DD）' });

const holidayDaySchema = z.looseObject(
  {
    name: z.string({ error: '名称必须为文本' }).min(1, { error: '名称不能为空' }),
    date: isoDateSchema,
    isOffDay: z.boolean({ error: 'isOffDay 必须为 true 或 false' }),
  },
  { error: '每一项必须为对象' },
);

const yearSchema = z
  .number({ error: '年份必须为数字' })
  .int({ error: '年份必须为整数' })
  .min(1000, { error: '年份必须为四位数' })
  .max(9999, { error: '年份必须为四位数' });

/** Schema of a holiday file; unknown keys ($schema, $id, …) pass through. */
export const holidayFileSchema = z
  .looseObject(
    {
      year: yearSchema,
      papers: z.array(z.string({ error: '通知链接必须为文本' })).optional(),
      days: z.array(holidayDaySchema, { error: 'days 必须为数组' }),
    },
    { error: '节假日文件必须为 JSON 对象' },
  )
  // Cross-day checks run once every entry is well-formed (zod skips them otherwise).
  .superRefine((file, ctx) => {
    const firstIndexOf = new Map<string, number>();
    file.days.forEach((day, index) => {
      const dayNumber = parseIsoDate(day.date);
      if (dayNumber !== null && !belongsToHolidayYear(dayNumber, file.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', index, 'date'],
          message: `日期 ${day.date} 不在 ${file.year} 年内（仅允许上一年 12 月的元旦跨年日期）`,
        });
      }
      const first = firstIndexOf.get(day.date);
      if (first === undefined) {
        firstIndexOf.set(day.date, index);
      } else {
        ctx.addIssue({
          code: 'custom',
          path: ['days', index, 'date'],
          message: `日期 ${day.date} 重复（与 days[${first}] 相同）`,
        });
      }
    });
  });

export type HolidayFileParseResult =
  | { ok: true; value: HolidayFile; warnings: string[] }
  | { ok: false; errors: { path: string; message: string }[] };

/** Formats a zod issue path as a JSON path like `days[3].date` ('$' for the document). */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '$' : out;
}

/** Non-fatal observations an administrator should look at before loading the file. */
function warningsFor(file: HolidayFile): string[] {
  const warnings: string[] = [];
  if (!file.papers || file.papers.length === 0) {
    warnings.push('未注明国务院通知来源（papers），请核实数据出处');
  }
  if (!file.days.some((day) => day.isOffDay)) {
    warnings.push(`${file.year} 年没有任何放假日期，请核实`);
  }
  file.days.forEach((day, index) => {
    const dayNumber = parseIsoDate(day.date);
    if (!day.isOffDay && dayNumber !== null) {
      const weekday = weekdayOf(dayNumber);
      if (weekday !== 0 && weekday !== 6) {
        warnings.push(`days[${index}]：调休上班日 ${day.date} 本是工作日，请核实`);
      }
    }
  });
  return warnings;
}

/** Validates untrusted JSON as a holiday file, returning the value with warnings or path-tagged errors. */
export function parseHolidayFile(json: unknown): HolidayFileParseResult {
  const parsed = holidayFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: issue.message,
      })),
    };
  }
  return { ok: true, value: parsed.data, warnings: warningsFor(parsed.data) };
}
