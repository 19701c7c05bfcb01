import { vi } from 'vitest';

/** One request seen by the stubbed fetch. */
export interface SeenRequest {
  method: string;
  url: string;
  body: unknown;
  init: RequestInit | undefined;
}

type Handler = (request: SeenRequest) => Response | Promise<Response>;

/** A real JSON Response, as the server would send it. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The server's error body `{ error: { code, message, path? } }`. */
export function errorResponse(status: number, code: string, message: string, path?: string): Response {
  return jsonResponse({ error: { code, message, ...(path ? { path } : {}) } }, status);
}

/** Replaces the global fetch with a handler; returns the requests it saw. Undo with vi.unstubAllGlobals(). */
export function stubFetch(handler: Handler): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const text = typeof init?.body === 'string' ? init.body : undefined;
      const request: SeenRequest = {
        method: init?.method ?? 'GET',
        url,
        body: text === undefined ? undefined : (JSON.parse(text) as unknown),
        init,
      };
      seen.push(request);
      return handler(request);
    }),
  );
  return seen;
}
