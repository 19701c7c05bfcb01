/** Error codes the client itself produces (the server's own codes pass through unchanged). */
export const CLIENT_ERROR_CODES = {
  network: 'network',
  badResponse: 'bad_response',
  http: 'http_error',
} as const;

/** A failed API call: the server's `{ error: { code, message, path? } }` or a client-side failure. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the request never got a response. */
    readonly status: number,
    /** Machine-readable code, e.g. `invalid_input`, `conflict`, `network`. */
    readonly code: string,
    message: string,
    /** The invalid field or JSON path named by the server, e.g. `mobile` or `days[3].date`. */
    readonly path?: string,
    /** Seconds to wait, from a 429's Retry-After header. */
    readonly retryAfter?: number,
    /** Every problem the server found (e.g. all invalid paths of an imported file); the first is `path`/`message`. */
    readonly details: ReadonlyArray<{ path: string; message: string }> = [],
  ) {
    super(message);
  }
}

/** True when the value is an ApiError. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
