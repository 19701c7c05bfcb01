import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorParams } from '../errors';

/**
 * An error of the HTTP layer itself (middleware: body size, CSRF, JSON guard, sessions, unknown paths);
 * services throw DomainError instead. `onError` turns both into `{ error: { code, message, path? } }`.
 */
export class HttpError extends Error {
  /** Every problem found, when there are several. */
  details?: ReadonlyArray<{ path: string; message: string }>;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly path?: string,
    readonly headers?: Record<string, string>,
    /** The message's values, for its English (errors/english.ts). */
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
