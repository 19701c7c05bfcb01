/** Parts of the API contract every resource uses: the error body, coded messages, paging and ids. */
import { z } from 'zod';
import { msg } from './messages';

/** The one error body every route answers with: `{ error: { code, message, path?, details? } }`. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    path: z.string().optional(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof errorSchema>;

/** The parameters of a coded message: text, numbers or lists of text. */
export const messageParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));

/** A domain message as a code and its parameters; each app renders it in its language. */
export const codedMessageSchema = z
  .object({ code: z.string(), params: messageParamsSchema })
  .meta({ id: 'CodedMessage', description: 'A message as a stable code and its parameters (the app translates it)' });

/** Path parameter `{id}` (an opaque row id). */
export const idParams = z.object({ id: z.string().min(1).max(64) });

/** Query parameters of a paged list: page ≥ 1, pageSize 1..100 (default 20). */
export const pagingQuery = {
  page: z.coerce
    .number()
    .int(msg('页码必须为整数', 'The page must be an integer'))
    .min(1, msg('页码从 1 开始', 'Pages start at 1'))
    .default(1),
  pageSize: z.coerce
    .number()
    .int(msg('每页条数必须为整数', 'The page size must be an integer'))
    .min(1, msg('每页至少 1 条', 'A page holds at least 1 row'))
    .max(100, msg('每页最多 100 条', 'A page holds at most 100 rows'))
    .default(20),
};

/** `{ items }` of a list response. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
