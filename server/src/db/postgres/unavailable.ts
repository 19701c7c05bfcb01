/**
 * Errors that mean "the database cannot serve this now" rather than "this request is wrong": the wiring
 * answers them 503 with `Retry-After` (suggested: a DomainError kind `unavailable`, retryAfterSeconds
 * RETRY_AFTER_SECONDS). node-postgres rejects a pool wait longer than `connectionTimeoutMillis` with
 * these exact messages; drizzle wraps driver errors (DrizzleQueryError), so causes are followed.
 */
export const RETRY_AFTER_SECONDS = 1;

/** pg-pool: no connection freed up within connectionTimeoutMillis. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';
/** pg: a new connection did not finish its handshake within connectionTimeoutMillis. */
const CONNECT_TIMEOUT = 'Connection terminated due to connection timeout';
/** SQLSTATEs of a server that is shutting down, starting or full. */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

function* chain(err: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  for (let e = err; e !== undefined && e !== null && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    yield e;
  }
}

const codeOf = (e: unknown): unknown => (typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined);
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : '');

/** A wait over the pool's timeout for a free connection (the pool is exhausted). */
export function isPoolTimeout(err: unknown): boolean {
  for (const e of chain(err)) if (messageOf(e) === POOL_TIMEOUT || messageOf(e) === CONNECT_TIMEOUT) return true;
  return false;
}

/** The pool timed out, or the server is unreachable, shutting down, starting or out of connections. */
export function isPgUnavailable(err: unknown): boolean {
  if (isPoolTimeout(err)) return true;
  for (const e of chain(err)) {
    const code = codeOf(e);
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code))) return true;
  }
  return false;
}

/** The SQLSTATE of a PostgreSQL error, looking through wrappers. */
export function sqlState(err: unknown): string | undefined {
  for (const e of chain(err)) {
    const code = codeOf(e);
    // Five characters with a digit: a SQLSTATE, not a Node errno name such as EPIPE.
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && /\d/.test(code)) return code;
  }
  return undefined;
}
