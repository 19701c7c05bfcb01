import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';
import { json } from '../testing/json';
import { DEFAULT_BODY_LIMIT } from './middleware/body-size';

/** Every API path this foundation serves (OpenAPI form, relative to /api). */
const EXPECTED_PATHS = [
  '/health', '/tenants',
  '/auth/login', '/auth/logout', '/auth/me', '/auth/tenant', '/auth/register',
  '/departments', '/departments/{id}',
  '/users', '/users/{id}', '/users/{id}/roles',
  '/settings',
  '/holidays', '/holidays/{year}', '/calendar/deadline',
  '/audit', '/audit/verify',
];

describe('the HTTP application', () => {
  it('documents every route in /api/openapi.json, each naming its allowed roles', async () => {
    // given
    const { app } = createTestApp();
    // when
    const res = await api(app)('GET', '/api/openapi.json');
    // then
    expect(res.status).toBe(200);
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, { description?: string }>> }>(res);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(EXPECTED_PATHS));
    for (const path of EXPECTED_PATHS) {
      for (const op of Object.values(doc.paths[path]!)) expect(op.description).toMatch(/允许角色 Roles: /);
    }
  });

  it('serves a readable HTML reference at /api/docs', async () => {
    // given
    const { app } = createTestApp();
    // when
    const res = await api(app)('GET', '/api/docs');
    // then
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/api/users/{id}/roles');
  });

  it('refuses a body over 5 MiB with 413 and accepts one just under the limit', async () => {
    // given a body one byte over the 5,242,880-byte limit
    expect(DEFAULT_BODY_LIMIT).toBe(5_242_880);
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    const over = JSON.stringify({ name: 'x'.repeat(DEFAULT_BODY_LIMIT - 10) });
    expect(over.length).toBe(DEFAULT_BODY_LIMIT + 1);
    // when
    const res = await call('POST', '/api/departments', over);
    // then
    expect(res.status).toBe(413);
    expect((await json(res)).error.code).toBe('payload_too_large');
    // and a body of exactly the limit gets past the size check (to validation)
    const atLimit = await call('POST', '/api/departments', over.slice(0, -2) + '}');
    expect(atLimit.status).toBe(400);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    // given
    const { app } = createTestApp();
    // when
    const res = await api(app)('GET', '/api/no-such-thing');
    // then
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('not_found');
  });
});
