/** API contract of /api/holidays: the working-day calendar's holiday years. */
import { z } from 'zod';
import { msg } from './messages';

export const holidayYearRow = z.object({
  year: z.number().int(),
  offDays: z.number().int(),
  makeUpDays: z.number().int(),
  source: z.enum(['bundled', 'upload']),
  loadedAt: z.string(),
  loadedBy: z.string().nullable(),
});
export type HolidayYear = z.infer<typeof holidayYearRow>;

export const holidayListSchema = z.object({
  years: z.array(holidayYearRow),
  missingYears: z.array(z.number().int()).meta({ description: 'the current and next year when they have no data' }),
  warning: z.string().nullable(),
});
export type HolidayOverview = z.infer<typeof holidayListSchema>;

export const yearParams = z.object({ year: z.string().regex(/^\d{4}$/, msg('年份必须为四位数字', 'The year has four digits')) });

export const uploadResultSchema = z.object({
  year: z.number().int(),
  offDays: z.number().int(),
  makeUpDays: z.number().int(),
  warnings: z.array(z.string()),
});
export type HolidayUploadResult = z.infer<typeof uploadResultSchema>;
