import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';
import { json } from '../testing/json';
import { DEFAULT_BODY_LIMIT } from './middleware/body-size';

type OpenApiDoc = { openapi: string; paths: Record<string, Record<string, { description?: string }>> };

/** Routes of the API that document it rather than being part of it. */
const DOCUMENTATION_ROUTES = ['GET /api/openapi.json', 'GET /api/docs'];

describe('the HTTP application', () => {
  it('documents every route in /api/openapi.json, each operation naming its allowed roles', async () => {
    // given the app and its generated document
    const { app } = createTestApp();
    const res = await api(app)('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json<OpenApiDoc>(res);
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    // when listing every route registered under /api (OpenAPI spelling: /chains/{id})
    const registered = [...new Set(app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path}`))]
      .filter((route) => !DOCUMENTATION_ROUTES.includes(route))
      .map((route) => route.replace(' /api/', ' /').replace(/:(\w+)/g, '{$1}'));
    // then each one is documented, and every documented operation names the roles it allows
    expect(registered.length).toBeGreaterThan(40);
    expect(documented).toEqual(expect.arrayContaining(registered));
    expect(registered).toEqual(expect.arrayContaining(documented));
    const undocumentedRoles = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).filter(([, op]) => !/允许角色 Roles: \S/.test(op.description ?? '')).map(([method]) => `${method} ${path}`));
    expect(undocumentedRoles).toEqual([]);
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
