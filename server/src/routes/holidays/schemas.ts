import { z } from '@hono/zod-openapi';
import { isIsoDate } from '@yilian/shared';

export const holidayYearRow = z.object({
  year: z.number().int(),
  offDays: z.number().int(),
  makeUpDays: z.number().int(),
  source: z.enum(['bundled', 'upload']),
  loadedAt: z.string(),
  loadedBy: z.string().nullable(),
});

export const holidayListSchema = z.object({
  years: z.array(holidayYearRow),
  missingYears: z.array(z.number().int()).openapi({ description: 'the current and next year when they have no data' }),
  warning: z.string().nullable(),
});

export const yearParams = z.object({ year: z.string().regex(/^\d{4}$/, '年份必须为四位数字') });

export const uploadResultSchema = z.object({
  year: z.number().int(),
  offDays: z.number().int(),
  makeUpDays: z.number().int(),
  warnings: z.array(z.string()),
});

export const deadlineQuery = z.object({
  from: z.string().refine(isIsoDate, '受理日期必须为真实日期（YYYY-MM-DD）'),
  days: z.coerce.number().int('工作日数必须为整数').min(0, '工作日数不能为负').max(3650, '工作日数不能超过 3650'),
});

export const deadlineSchema = z.object({
  deadline: z.string(),
  fallbackYears: z.array(z.number().int()).openapi({ description: 'years counted Monday–Friday for lack of holiday data' }),
});
