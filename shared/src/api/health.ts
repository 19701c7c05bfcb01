/** API contract of GET /api/health. */
import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'starting']),
  database: z.boolean(),
  migrations: z.number().int(),
  time: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
