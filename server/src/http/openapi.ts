import { z } from '@hono/zod-openapi';

/** The one error body every route answers with: `{ error: { code, message, path? } }`. */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), path: z.string().optional() }),
});

/** An OpenAPI response entry with a JSON body. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** An OpenAPI response entry for an error status. */
export const errorResponse = (description: string) => jsonResponse(errorSchema, description);

/** An OpenAPI request body entry with a required JSON body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** Path parameter `:id` (an opaque row id). */
export const idParams = z.object({ id: z.string().min(1).max(64) });

/** Query parameters of a paged list: page ≥ 1, pageSize 1..100 (default 20). */
export const pagingQuery = {
  page: z.coerce.number().int('页码必须为整数').min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int('每页条数必须为整数').min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(20),
};
