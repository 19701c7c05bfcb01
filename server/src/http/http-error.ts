import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error type handlers throw; `onError` turns it into `{ error: { code, message, path? } }`. */
export class HttpError extends Error {
  /** Every problem found, when there are several (e.g. all invalid paths of an imported file). */
  details?: ReadonlyArray<{ path: string; message: string }>;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly path?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 404 with the same body whether the row is missing or belongs to another tenant. */
export const notFound = (what: string): HttpError => new HttpError(404, 'not_found', `${what}不存在`);

/** 400 for invalid input, naming the field or JSON path. */
export const badRequest = (message: string, path?: string): HttpError =>
  new HttpError(400, 'invalid_input', message, path);
