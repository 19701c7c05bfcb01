import { vi } from 'vitest';

/** One request seen by the stubbed fetch. */
export interface SeenRequest {
  method: string;
  url: string;
  body: unknown;
}

/** A real JSON Response, as the server would send it. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Replaces the global fetch with a handler; returns the requests it saw. Undo with vi.unstubAllGlobals(). */
export function stubFetch(handler: (request: SeenRequest) => Response): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      const request = { method: init?.method ?? 'GET', url, body };
      seen.push(request);
      return handler(request);
    }),
  );
  return seen;
}
