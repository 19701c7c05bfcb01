import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { allow, authOf, rolesDoc } from '../../http/middleware/allow';
import { errorResponse, jsonResponse } from '../../http/openapi';
import { ROLES } from '@yilian/shared';
import { readFile, uploadFile } from '../../files/files';
import { CONTENT_TYPES } from '../../files/file-kind';

const tags = ['files'];
const denied = { 401: errorResponse('not signed in'), 403: errorResponse('role not allowed') };
const fileEntry = z.object({ id: z.string(), name: z.string(), size: z.number().int(), sha256: z.string(), type: z.string() }).openapi('FileEntry');

const uploadForm = z.object({
  file: z.custom<File>((v) => v instanceof File, { message: '缺少文件' }).openapi({ type: 'string', format: 'binary' }),
  chain: z.string().max(64).optional(),
  field: z.string().max(200).optional(),
});

const upload = createRoute({
  tags, method: 'post', path: '/files', middleware: [allow(...ROLES)] as const, summary: '上传文件 Upload a file',
  description: 'multipart/form-data with `file` and, for a chain form\'s file field, `chain` (id or code) and `field` (its key): that field\'s '
    + 'accepted types and size limit apply, else PDF/JPEG/PNG up to 20 MB. The type is read from the content\'s magic bytes, never the name. '
    + `Answers the entry form values carry. ${rolesDoc(...ROLES)}`,
  request: {
    body: {
      required: true,
      content: { 'multipart/form-data': { schema: uploadForm } },
    },
  },
  responses: { 201: jsonResponse(fileEntry, 'stored'), 400: errorResponse('empty, wrong type or too large'), 413: errorResponse('over the body limit'), ...denied },
});
const download = createRoute({
  tags, method: 'get', path: '/files/{id}', middleware: [allow(...ROLES)] as const, summary: '读取文件 Read a file',
  description: `The file's bytes, for its uploader (later also for the staff of a case that references it); anyone else gets 404. ${rolesDoc(...ROLES)}`,
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 200: { description: 'the file' }, 404: errorResponse('not found'), ...denied },
});

/** /api/files: uploads of materials and reading them back. */
export function fileRoutes(deps: AppDeps) {
  const { db, clock, files } = deps;
  return newRouter()
    .openapi(upload, async (c) => {
      const form = c.req.valid('form');
      const file = form.file;
      const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const entry = await uploadFile(db, files, authOf(c), { name: file.name, bytes, chain: text(form.chain), field: text(form.field) }, clock.now());
      return c.json(entry, 201);
    })
    .openapi(download, async (c) => {
      const { entry, bytes } = await readFile(db, files, authOf(c), c.req.valid('param').id);
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': CONTENT_TYPES[entry.type as keyof typeof CONTENT_TYPES] ?? 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
        'x-content-type-options': 'nosniff',
      });
    });
}
