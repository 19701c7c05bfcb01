/** API contract of GET /api/calendar/deadline. */
import { z } from 'zod';
import { isIsoDate } from '../time';
import { msg } from './messages';

export const deadlineQuery = z.object({
  from: z.string().refine(isIsoDate, msg('受理日期必须为真实日期（YYYY-MM-DD）', 'The acceptance date must be a real date (YYYY-MM-DD)')),
  days: z.coerce
    .number()
    .int(msg('工作日数必须为整数', 'The working days must be an integer'))
    .min(0, msg('工作日数不能为负', 'The working days cannot be negative'))
    .max(3650, msg('工作日数不能超过 3650', 'The working days cannot exceed 3650')),
});

export const deadlineSchema = z.object({
  deadline: z.string(),
  fallbackYears: z.array(z.number().int()).meta({ description: 'years counted Monday–Friday for lack of holiday data' }),
});
export type Deadline = z.infer<typeof deadlineSchema>;
