/**
 * Tenant isolation: a tenant-owned row is invisible to every other tenant. Each resource is created
 * as county-admin.370811; its sibling 曲阜市 (370881), the city admin acting in 370881 and an
 * applicant must not reach it, and must not see it in any list. Adding a route = adding one line.
 */
import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';
import { json } from '../testing/json';

type Call = ReturnType<typeof api>;

/** How to create each kind of tenant-owned resource as its owner, and where its owner lists it. */
const RESOURCES = {
  department: {
    create: async (owner: Call) => (await json(await owner('POST', '/api/departments', { code: 'iso', name: '隔离测试局' }))).id as string,
    list: '/api/departments',
  },
  user: {
    create: async (owner: Call) => (await json(await owner('POST', '/api/users', {
      username: 'isolation.370811', displayName: '隔离测试', password: 'secret-123', mobile: '13700001234', roles: [{ role: 'window-clerk' }],
    }))).id as string,
    list: '/api/users?pageSize=100',
  },
} satisfies Record<string, { create: (owner: Call) => Promise<string>; list: string }>;

type Resource = keyof typeof RESOURCES;

/** Every operation on one tenant-owned row (by id), with a body the owner's request would pass validation with. */
const OWNED_ROUTES: Array<{ resource: Resource; method: string; path: (id: string) => string; body?: unknown }> = [
  { resource: 'department', method: 'PATCH', path: (id) => `/api/departments/${id}`, body: { name: '被篡改' } },
  { resource: 'department', method: 'DELETE', path: (id) => `/api/departments/${id}` },
  { resource: 'user', method: 'PATCH', path: (id) => `/api/users/${id}`, body: { displayName: '被篡改', status: 'disabled' } },
  { resource: 'user', method: 'PUT', path: (id) => `/api/users/${id}/roles`, body: { roles: [{ role: 'supervisor' }] } },
];

/** List endpoints that must never show another tenant's rows (the owner's list is the control). */
type ListBody = { items: Array<Record<string, unknown>> };
const LISTS: Array<{ path: string; contains: (body: ListBody, id: string) => boolean }> = [
  { path: '/api/departments', contains: (b, id) => b.items.some((d) => d.id === id) },
  { path: '/api/users?pageSize=100', contains: (b, id) => b.items.some((u) => u.id === id) },
  { path: '/api/audit?pageSize=100', contains: (b, id) => b.items.some((e) => e.targetId === id) },
];

async function setup() {
  const { app } = createTestApp();
  const owner = api(app, await loginAs(app, 'county-admin.370811'));
  const sibling = api(app, await loginAs(app, 'county-admin.370881'));
  const cityInSibling = api(app, await loginAs(app, 'city-admin.370800'));
  expect((await cityInSibling('POST', '/api/auth/tenant', { tenantId: '370881' })).status).toBe(200);
  const citizen = api(app, await loginAs(app, 'citizen.demo'));
  const sameTenantClerk = api(app, await loginAs(app, 'window-clerk.370811'));
  return { owner, sibling, cityInSibling, citizen, sameTenantClerk };
}

/** The owner's view of the resource, to prove refused requests changed nothing. */
async function snapshot(owner: Call, resource: Resource, id: string): Promise<unknown> {
  const { items } = await json(await owner('GET', RESOURCES[resource].list));
  return items.find((r: { id: string }) => r.id === id);
}

describe('tenant isolation of tenant-owned routes', () => {
  it.each(OWNED_ROUTES.map((r) => [`${r.method} ${r.path(':id')}`, r] as const))('%s: another tenant gets 404, an applicant 403/404, nothing changes', async (_name, route) => {
    // given a row of 任城区
    const { owner, sibling, cityInSibling, citizen, sameTenantClerk } = await setup();
    const id = await RESOURCES[route.resource].create(owner);
    const before = await snapshot(owner, route.resource, id);
    expect(before).toBeDefined();
    // when others try the operation
    const fromSibling = await sibling(route.method, route.path(id), route.body);
    const fromCity = await cityInSibling(route.method, route.path(id), route.body);
    const fromCitizen = await citizen(route.method, route.path(id), route.body);
    const fromClerk = await sameTenantClerk(route.method, route.path(id), route.body);
    // then the sibling tenant cannot tell the row exists
    expect(fromSibling.status).toBe(404);
    expect(await json(fromSibling)).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(fromCity.status).toBe(404);
    expect([403, 404]).toContain(fromCitizen.status);
    expect(fromClerk.status).toBe(403);
    // and the row is untouched
    expect(await snapshot(owner, route.resource, id)).toEqual(before);
    // while the same request succeeds for the owner (so the 404s were not validation failures)
    expect((await owner(route.method, route.path(id), route.body)).status).toBeLessThan(300);
  });

  it.each(OWNED_ROUTES.map((r) => [`${r.method} ${r.path(':id')}`, r] as const))('%s: an unknown id answers exactly like another tenant\'s', async (_name, route) => {
    // given
    const { owner, sibling } = await setup();
    const id = await RESOURCES[route.resource].create(owner);
    // when
    const foreign = await sibling(route.method, route.path(id), route.body);
    const missing = await sibling(route.method, route.path('00000000-0000-0000-0000-000000000000'), route.body);
    // then
    expect(foreign.status).toBe(missing.status);
    expect(await json(foreign)).toEqual(await json(missing));
  });

  it.each(LISTS.map((l) => [l.path, l] as const))('%s never shows another tenant\'s rows', async (_path, list) => {
    // given one row of each resource in 任城区
    const { owner, sibling, cityInSibling } = await setup();
    const ids = await Promise.all(Object.values(RESOURCES).map((r) => r.create(owner)));
    // when
    const mine = await json(await owner('GET', list.path));
    const theirs = await json(await sibling('GET', list.path));
    const cityActingThere = await json(await cityInSibling('GET', list.path));
    // then the owner sees them, the sibling none
    expect(ids.some((id) => list.contains(mine, id))).toBe(true);
    expect(ids.some((id) => list.contains(theirs, id))).toBe(false);
    // and the city admin acting in 370881 sees 370881's rows (the audit log it sees whole, by design)
    if (!list.path.startsWith('/api/audit')) expect(ids.some((id) => list.contains(cityActingThere, id))).toBe(false);
  });

  it('keeps settings overrides in their tenant', async () => {
    // given an override in 任城区
    const { owner, sibling } = await setup();
    await owner('PUT', '/api/settings', { badReviewFixDays: 3 });
    // when
    const theirs = await json(await sibling('GET', '/api/settings'));
    // then
    expect(theirs.tenantId).toBe('370881');
    expect(theirs.own).toEqual({});
    expect(theirs.effective.badReviewFixDays).toBe(15);
  });
});
