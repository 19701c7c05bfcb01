import type { ApiErrorBody } from '@yilian/shared';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import { currentLocale } from '../i18n/locale';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  /** A value sent as JSON. */
  json?: unknown;
  /** A body that already is JSON text (e.g. an uploaded file), sent as it is. */
  rawJson?: string;
  signal?: AbortSignal;
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, json?: unknown): Promise<T>;
  put<T>(path: string, json?: unknown): Promise<T>;
  patch<T>(path: string, json?: unknown): Promise<T>;
  delete<T = void>(path: string): Promise<T>;
}

export interface ApiClientOptions {
  /** Prefix for every path (default: same origin). */
  baseUrl?: string;
  /** The fetch to use; defaults to the global fetch at call time (so tests can stub it). */
  fetch?: typeof fetch;
  /** The language the server answers messages in (`Accept-Language`); defaults to the current UI locale. */
  locale?: () => string;
}

/** The contract's error body (@yilian/shared errorSchema) as read from an unchecked response: every field may be anything. */
type ErrorBody = { error?: { [K in keyof ApiErrorBody['error']]?: unknown } };

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The server's `error.details` list, keeping only well-formed entries. */
function detailsOf(value: unknown): Array<{ path: string; message: string }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((d: unknown) => {
    const entry = d as { path?: unknown; message?: unknown } | null;
    return entry && typeof entry.path === 'string' && typeof entry.message === 'string' ? [{ path: entry.path, message: entry.message }] : [];
  });
}

/** Maps a non-2xx response to an ApiError, keeping the server's code, message and path. */
async function toApiError(response: Response): Promise<ApiError> {
  const body = (await readJson(response)) as ErrorBody | undefined;
  const retry = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : undefined;
  const error = body?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const path = typeof error.path === 'string' ? error.path : undefined;
    return new ApiError(response.status, error.code, error.message, path, retryAfter, detailsOf(error.details));
  }
  const message = `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`;
  return new ApiError(response.status, CLIENT_ERROR_CODES.http, message, undefined, retryAfter);
}

/** Creates a JSON API client: same-origin cookies, messages in the UI language, errors thrown as ApiError. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': (options.locale ?? currentLocale)() };
    let body: string | undefined;
    if (opts.rawJson !== undefined) body = opts.rawJson;
    else if (opts.json !== undefined) body = JSON.stringify(opts.json);
    if (body !== undefined) headers['content-type'] = 'application/json';

    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(baseUrl + withQuery(path, opts.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: opts.signal,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new ApiError(0, CLIENT_ERROR_CODES.network, err instanceof Error ? err.message : String(err));
    }
    if (!response.ok) throw await toApiError(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError(response.status, CLIENT_ERROR_CODES.badResponse, 'Response is not JSON');
    }
  }

  return {
    request,
    get: (path, query) => request('GET', path, query ? { query } : {}),
    post: (path, json) => request('POST', path, { json }),
    put: (path, json) => request('PUT', path, { json }),
    patch: (path, json) => request('PATCH', path, { json }),
    delete: (path) => request('DELETE', path),
  };
}

/** The app-wide client for the same-origin `/api`. */
export const api: ApiClient = createApiClient();
