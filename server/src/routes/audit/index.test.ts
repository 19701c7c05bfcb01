import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { dropAuditGuards, rawSql } from '../../testing/tamper';

type Call = ReturnType<typeof api>;

interface Write {
  name: string;
  /** Performs the write and returns the id of its target. */
  run: (ctx: { county: Call; city: Call; ids: Record<string, string> }) => Promise<string>;
  action: string;
  tenantId: string;
  before: boolean;
  after: boolean;
}

/** Sends a request that must succeed and returns its JSON body (or null for 204). */
async function ok(call: Call, method: string, path: string, body?: unknown) {
  const res = await call(method, path, body);
  expect(res.status, `${method} ${path}: ${res.status}`).toBeLessThan(300);
  return res.status === 204 ? null : json(res);
}

/** Every write of this module set, in an order where later ones use earlier results. */
const WRITES: Write[] = [
  { name: 'create department', action: 'department.create', tenantId: '370811', before: false, after: true,
    run: async ({ county, ids }) => (ids.dept = (await ok(county, 'POST', '/api/departments', { code: 'mz', name: '民政局' })).id) },
  { name: 'update department', action: 'department.update', tenantId: '370811', before: true, after: true,
    run: async ({ county, ids }) => (await ok(county, 'PATCH', `/api/departments/${ids.dept}`, { name: '民政事务局' })).id },
  { name: 'create user', action: 'user.create', tenantId: '370811', before: false, after: true,
    run: async ({ county, ids }) => (ids.user = (await ok(county, 'POST', '/api/users', {
      username: 'clerk.audit', displayName: '审计测试', password: 'secret-123', mobile: '13711112222', roles: [{ role: 'window-clerk' }],
    })).id) },
  { name: 'update user', action: 'user.update', tenantId: '370811', before: true, after: true,
    run: async ({ county, ids }) => (await ok(county, 'PATCH', `/api/users/${ids.user}`, { mobile: '13733334444' })).id },
  { name: 'reset password', action: 'user.password_reset', tenantId: '370811', before: true, after: true,
    run: async ({ county, ids }) => (await ok(county, 'PATCH', `/api/users/${ids.user}`, { mobile: '13755556666', password: 'secret-456' })).id },
  { name: 'replace roles', action: 'user.roles', tenantId: '370811', before: true, after: true,
    run: async ({ county, ids }) => (await ok(county, 'PUT', `/api/users/${ids.user}/roles`, { roles: [{ role: 'reviewer', departmentId: ids.dept }] })).id },
  { name: 'move the user out of the department', action: 'user.roles', tenantId: '370811', before: true, after: true,
    run: async ({ county, ids }) => (await ok(county, 'PUT', `/api/users/${ids.user}/roles`, { roles: [{ role: 'window-clerk' }] })).id },
  { name: 'delete department', action: 'department.delete', tenantId: '370811', before: true, after: false,
    run: async ({ county, ids }) => {
      await ok(county, 'DELETE', `/api/departments/${ids.dept}`);
      return ids.dept!;
    } },
  { name: 'update settings', action: 'settings.update', tenantId: '370811', before: true, after: true,
    run: async ({ county }) => (await ok(county, 'PUT', '/api/settings', { badReviewFixDays: 5 })).tenantId },
  { name: 'load a holiday year', action: 'holidays.upload', tenantId: '370800', before: false, after: true,
    run: async ({ city }) => String((await ok(city, 'PUT', '/api/holidays/2027', {
      year: 2027, papers: ['https://www.gov.cn/x'], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }],
    })).year) },
];

async function setup() {
  const { app, deps } = createTestApp();
  return {
    app, deps,
    city: api(app, await loginAs(app, 'city-admin.370800')),
    county: api(app, await loginAs(app, 'county-admin.370811')),
  };
}

describe('the audit trail of every write', () => {
  it('appends exactly one entry per write, with actor, tenant, target and before/after', async () => {
    // given
    const { city, county } = await setup();
    const ids: Record<string, string> = {};
    for (const w of WRITES) {
      const total = (await json(await city('GET', '/api/audit?pageSize=1'))).total;
      // when
      const targetId = await w.run({ county, city, ids });
      // then exactly one entry was added, and it describes the write
      const { items } = await json(await city('GET', '/api/audit?pageSize=1'));
      const entry = items[0];
      expect(entry, w.name).toMatchObject({ action: w.action, tenantId: w.tenantId, targetId });
      expect(entry.actorName, w.name).toBe(w.tenantId === '370800' ? 'city-admin.370800' : 'county-admin.370811');
      expect(entry.before !== null, `${w.name}: before`).toBe(w.before);
      expect(entry.after !== null, `${w.name}: after`).toBe(w.after);
      expect((await json(await city('GET', '/api/audit?pageSize=1'))).total, w.name).toBe(total + 1);
    }
    // and the chain still verifies
    const verify = await json(await city('GET', '/api/audit/verify'));
    expect(verify.ok).toBe(true);
    expect(verify.count).toBe((await json(await city('GET', '/api/audit?pageSize=1'))).total);
  });

  it('records a department change with its values before and after', async () => {
    // given
    const { county } = await setup();
    const dept = await ok(county, 'POST', '/api/departments', { code: 'mz', name: '民政局' });
    // when
    await ok(county, 'PATCH', `/api/departments/${dept.id}`, { name: '民政事务局' });
    // then
    const entry = (await json(await county('GET', '/api/audit?action=department.update'))).items[0];
    expect(entry.before).toMatchObject({ id: dept.id, code: 'mz', name: '民政局' });
    expect(entry.after).toMatchObject({ id: dept.id, code: 'mz', name: '民政事务局' });
  });

  it('never stores a mobile number unmasked or a password', async () => {
    // given writes carrying mobiles and passwords, and a citizen registration
    const { app, county, city } = await setup();
    const ids: Record<string, string> = {};
    for (const w of WRITES.slice(0, 5)) await w.run({ county, city, ids });
    await api(app)('POST', '/api/auth/register', { accountType: 'citizen', mobile: '13955556666', password: 'secret-789', name: '赵六', idNumber: '370883200002290078' });
    await loginAs(app, '13955556666', 'secret-789');
    // when the whole log is read
    const text = await (await city('GET', '/api/audit?pageSize=100')).text();
    // then
    for (const secret of ['13711112222', '13733334444', '13755556666', '13955556666', '370883200002290078', 'secret-123', 'secret-456', 'secret-789']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('137****2222');
    expect(text).toContain('"passwordChanged":true');
  });
});

describe('GET /api/audit', () => {
  it('shows county users their own tenant only, city admins and city supervisors everything', async () => {
    // given writes in two counties
    const { app, county } = await setup();
    await ok(county, 'POST', '/api/departments', { code: 'mz', name: '民政局' });
    await ok(api(app, await loginAs(app, 'county-admin.370881')), 'POST', '/api/departments', { code: 'mz', name: '民政局' });
    const tenantsSeenBy = async (username: string) => {
      const { items } = await json(await api(app, await loginAs(app, username))('GET', '/api/audit?pageSize=100'));
      return new Set(items.map((i: { tenantId: string | null }) => i.tenantId));
    };
    // when / then
    expect([...await tenantsSeenBy('county-admin.370811')]).toEqual(['370811']);
    expect([...await tenantsSeenBy('supervisor.370811')]).toEqual(['370811']);
    for (const username of ['city-admin.370800', 'supervisor.370800']) {
      const seen = await tenantsSeenBy(username);
      expect(seen.has('370811') && seen.has('370881') && seen.has(null), username).toBe(true);
    }
  });

  it('filters by action and pages newest first', async () => {
    // given three departments created
    const { county } = await setup();
    for (const code of ['a1', 'a2', 'a3']) await ok(county, 'POST', '/api/departments', { code, name: code });
    // when
    const page1 = await json(await county('GET', '/api/audit?action=department.create&pageSize=2'));
    const page2 = await json(await county('GET', '/api/audit?action=department.create&pageSize=2&page=2'));
    // then
    expect(page1.total).toBe(3);
    expect(page1.items.map((i: { after: { code: string } }) => i.after.code)).toEqual(['a3', 'a2']);
    expect(page2.items.map((i: { after: { code: string } }) => i.after.code)).toEqual(['a1']);
    expect(page1.items[0].seq).toBeGreaterThan(page1.items[1].seq);
  });

  it('is refused to window clerks and reviewers', async () => {
    // given
    const { app } = await setup();
    // when / then
    for (const username of ['window-clerk.370811', 'reviewer.xf.370811']) {
      const call = api(app, await loginAs(app, username));
      expect((await call('GET', '/api/audit')).status).toBe(403);
      expect((await call('GET', '/api/audit/verify')).status).toBe(403);
    }
  });
});

describe('GET /api/audit/verify', () => {
  it('reports the first tampered entry', async () => {
    // given a log with a department write
    const { deps, county, city } = await setup();
    await ok(county, 'POST', '/api/departments', { code: 'mz', name: '民政局' });
    const seq = (await json(await city('GET', '/api/audit?action=department.create'))).items[0].seq;
    expect((await json(await city('GET', '/api/audit/verify'))).ok).toBe(true);
    // when someone with access to the database file rewrites that entry's "after"
    await dropAuditGuards(deps.db);
    await rawSql(deps.db, 'UPDATE audit_log SET after = ? WHERE seq = ?', JSON.stringify({ code: 'mz', name: '伪造' }), seq);
    // then verification names it
    const res = await city('GET', '/api/audit/verify');
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ ok: false, brokenAt: seq, kind: 'altered_entry', reason: 'hash' });
  });
});
