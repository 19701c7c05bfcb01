import type { z } from '@hono/zod-openapi';
import { errorSchema } from '@yilian/shared';

/** The request and response schemas are the one API contract in @yilian/shared (shared/src/api). */
export { errorSchema, idParams, pagingQuery } from '@yilian/shared';

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
