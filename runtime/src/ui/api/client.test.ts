import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client';
import { ApiError } from './api-error';
import { errorResponse, jsonResponse, stubFetch } from '../testing/fetch-stub';

const client = createApiClient();

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('api client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends JSON with same-origin credentials and returns the parsed body', async () => {
    // given a server that echoes a department
    const seen = stubFetch(() => jsonResponse({ id: 'd1', name: '市场监管局' }, 201));
    // when posting
    const result = await client.post<{ id: string }>('/api/departments', { code: 'scjg', name: '市场监管局' });
    // then the request carried JSON and the cookie policy, and the body came back parsed
    expect(result).toEqual({ id: 'd1', name: '市场监管局' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.body).toEqual({ code: 'scjg', name: '市场监管局' });
    expect(seen[0]?.init?.credentials).toBe('same-origin');
    expect((seen[0]?.init?.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('asks for messages in the current UI language (Accept-Language)', async () => {
    // given the remembered locale, then a client told its locale
    const seen = stubFetch(() => jsonResponse({}));
    await client.get('/api/auth/me');
    await createApiClient({ locale: () => 'en' }).get('/api/auth/me');
    // then the first asks for the default zh-CN, the second for English
    expect((seen[0]?.init?.headers as Record<string, string>)['accept-language']).toBe('zh-CN');
    expect((seen[1]?.init?.headers as Record<string, string>)['accept-language']).toBe('en');
  });

  it('adds non-empty query parameters and skips empty ones', async () => {
    const seen = stubFetch(() => jsonResponse({ items: [], total: 0 }));
    await client.get('/api/users', { q: '张', role: '', page: 2, pageSize: undefined });
    expect(seen[0]?.url).toBe('/api/users?q=%E5%BC%A0&page=2');
  });

  it('maps the server error body to an ApiError with code, message, path and status', async () => {
    // given the server rejects a field
    stubFetch(() => errorResponse(400, 'invalid_input', 'mobile: 手机号格式错误', 'mobile'));
    // when registering
    const err = await failure(client.post('/api/auth/register', { mobile: '123' }));
    // then the error carries everything the form needs
    expect(err.status).toBe(400);
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('mobile: 手机号格式错误');
    expect(err.path).toBe('mobile');
  });

  it('keeps every problem of error.details and drops malformed entries', async () => {
    // given a rejected chain with two invalid paths
    const details = [{ path: 'recipe.matters[1]', message: '未知事项编码' }, { path: 'recipe.applicability.A', message: '未知变量' }];
    stubFetch(() => jsonResponse({ error: { code: 'invalid_catalog', message: 'x', path: 'recipe.matters[1]', details: [...details, { path: 3 }] } }, 400));
    // when saving
    const err = await failure(client.put('/api/chains/c1', {}));
    // then both problems reach the page
    expect(err.details).toEqual(details);
  });

  it('reads Retry-After on 429', async () => {
    stubFetch(() => jsonResponse({ error: { code: 'throttled', message: '登录失败次数过多' } }, 429, { 'retry-after': '600' }));
    const err = await failure(client.post('/api/auth/login', { username: 'a', password: 'b' }));
    expect(err.status).toBe(429);
    expect(err.code).toBe('throttled');
    expect(err.retryAfter).toBe(600);
  });

  it('maps a non-JSON error page to http_error with the status', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const err = await failure(client.get('/api/health'));
    expect(err.status).toBe(502);
    expect(err.code).toBe('http_error');
    expect(err.path).toBeUndefined();
  });

  it('maps a network failure to status 0 and code network', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const err = await failure(client.get('/api/auth/me'));
    expect(err.status).toBe(0);
    expect(err.code).toBe('network');
  });

  it('returns undefined for 204 No Content', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(client.delete('/api/departments/d1')).resolves.toBeUndefined();
  });

  it('sends a raw JSON body unchanged', async () => {
    const file = '{"year":2027,"days":[]}';
    const seen = stubFetch(() => jsonResponse({ year: 2027, offDays: 0, makeUpDays: 0, warnings: [] }));
    await client.request('PUT', '/api/holidays/2027', { rawJson: file });
    expect(seen[0]?.init?.body).toBe(file);
  });

  it('reports a 200 whose body is not JSON as bad_response', async () => {
    stubFetch(() => new Response('not json', { status: 200 }));
    const err = await failure(client.get('/api/health'));
    expect(err.code).toBe('bad_response');
  });
});
