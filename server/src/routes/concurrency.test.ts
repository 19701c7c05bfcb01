import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';
import { json } from '../testing/json';

async function asAdmin(username = 'county-admin.370811') {
  const { app, deps } = createTestApp();
  return { app, deps, call: api(app, await loginAs(app, username)) };
}

const statuses = (responses: Response[]): number[] => responses.map((r) => r.status).sort();

describe('concurrent requests', () => {
  it('creates a username asked for twice at once exactly once: one 201, one 409, no 500', async () => {
    // given two administrators' requests for the same new username, sent together
    const { call } = await asAdmin();
    const body = { username: 'clerk.twin', displayName: '窗口', password: 'secret-123', roles: [{ role: 'window-clerk' }] };
    // when
    const answers = await Promise.all([call('POST', '/api/users', body), call('POST', '/api/users', body)]);
    // then
    expect(statuses(answers)).toEqual([201, 409]);
    const refused = answers.find((r) => r.status === 409)!;
    expect((await json(refused)).error).toMatchObject({ code: 'conflict', path: 'username' });
    const { items } = await json(await call('GET', '/api/users?q=clerk.twin'));
    expect(items).toHaveLength(1);
  });

  it('creates a department code asked for three times at once exactly once', async () => {
    const { call } = await asAdmin();
    const answers = await Promise.all([1, 2, 3].map((n) => call('POST', '/api/departments', { code: 'mz', name: `民政局${n}` })));
    expect(statuses(answers)).toEqual([201, 409, 409]);
    const { items } = await json(await call('GET', '/api/departments'));
    expect(items.filter((d: { code: string }) => d.code === 'mz')).toHaveLength(1);
  });

  it('keeps one valid audit chain through many concurrent audited writes', async () => {
    // given the audit log's length and two administrators of different tenants
    const { app, call } = await asAdmin();
    const city = api(app, await loginAs(app, 'city-admin.370800'));
    const before = (await json(await city('GET', '/api/audit/verify'))).count as number;
    // when 30 departments, 10 settings changes and 10 department renames are written at once
    const created = await Promise.all(Array.from({ length: 30 }, (_, i) => call('POST', '/api/departments', { code: `c${i}`, name: `部门${i}` })));
    const ids = await Promise.all(created.map(async (r) => (await json(r)).id as string));
    const more = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => city('PUT', '/api/settings', { badReviewFixDays: 10 + i })),
      ...ids.slice(0, 10).map((id, i) => call('PATCH', `/api/departments/${id}`, { name: `改名${i}` })),
    ]);
    // then every write succeeded and the chain verifies with one entry per write, no gap, no duplicate
    expect(statuses([...created, ...more]).every((s) => s === 200 || s === 201)).toBe(true);
    const verified = await json(await city('GET', '/api/audit/verify'));
    expect(verified).toMatchObject({ ok: true, count: before + 50 });
  });
});
