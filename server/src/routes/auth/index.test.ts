import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs, TEST_PASSWORD } from '../../testing/test-app';
import { json } from '../../testing/json';
import { countOf, rawSql } from '../../testing/tamper';

const login = (app: ReturnType<typeof createTestApp>['app'], username: string, password: string, headers: Record<string, string> = {}) =>
  api(app)('POST', '/api/auth/login', { username, password }, headers);

describe('POST /api/auth/login', () => {
  it('signs in with the right password and sets an httpOnly session cookie', async () => {
    // given the seeded demo accounts
    const { app } = createTestApp();
    // when the county admin logs in
    const res = await login(app, 'county-admin.370811', TEST_PASSWORD);
    // then the profile comes back with the session cookie
    expect(res.status).toBe(200);
    const me = await json(res);
    expect(me.user).toMatchObject({ username: 'county-admin.370811', kind: 'staff', tenantId: '370811' });
    expect(me.user.roles).toEqual([{ role: 'county-admin', departmentId: null }]);
    expect(me.activeTenant).toEqual({ id: '370811', name: '任城区' });
    expect(me.visibleTenants).toEqual([{ id: '370811', name: '任城区', kind: 'county' }]);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^yilian_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers 401 for a wrong password and for an unknown user alike', async () => {
    // given
    const { app } = createTestApp();
    // when
    const wrong = await login(app, 'county-admin.370811', 'not-the-password');
    const unknown = await login(app, 'nobody.here', 'whatever-123');
    // then
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await json(wrong)).error).toEqual({ code: 'invalid_credentials', message: '用户名或密码错误' });
    expect((await json(unknown)).error.code).toBe('invalid_credentials');
  });

  it('throttles after 5 failures: the 6th attempt is 429 with Retry-After even with the right password', async () => {
    // given five failed attempts
    const { app } = createTestApp();
    for (let i = 0; i < 5; i++) expect((await login(app, 'window-clerk.370811', 'wrong-password')).status).toBe(401);
    // when the right password is tried next
    const res = await login(app, 'window-clerk.370811', TEST_PASSWORD);
    // then it is refused with a Retry-After of at most 15 minutes
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((await json(res)).error.code).toBe('throttled');
    // and another account is not affected
    expect((await login(app, 'window-clerk.370881', TEST_PASSWORD)).status).toBe(200);
  });

  it('rejects a state-changing request from a foreign Origin (CSRF) and accepts the own origin', async () => {
    // given
    const { app } = createTestApp();
    // when
    const evil = await login(app, 'county-admin.370811', TEST_PASSWORD, { origin: 'http://evil.example' });
    const own = await login(app, 'county-admin.370811', TEST_PASSWORD, { origin: 'http://localhost' });
    // then
    expect(evil.status).toBe(403);
    expect((await json(evil)).error.code).toBe('csrf_origin');
    expect(evil.headers.get('set-cookie')).toBeNull();
    expect(own.status).toBe(200);
  });

  it('reports the first invalid field of a malformed body', async () => {
    // given
    const { app } = createTestApp();
    // when
    const res = await api(app)('POST', '/api/auth/login', { username: '', password: 'x' });
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({ code: 'invalid_input', path: 'username' });
  });
});

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('describes the signed-in user and answers 200 { user: null } when anonymous', async () => {
    // given
    const { app } = createTestApp();
    const cookie = await loginAs(app, 'reviewer.scjg.370881');
    // when
    const me = await api(app, cookie)('GET', '/api/auth/me');
    const anonymous = await api(app)('GET', '/api/auth/me');
    // then
    expect(me.status).toBe(200);
    const body = await json(me);
    expect(body.user.username).toBe('reviewer.scjg.370881');
    expect(body.user.roles).toHaveLength(1);
    expect(body.user.roles[0].role).toBe('reviewer');
    expect(body.user.roles[0].departmentId).toEqual(expect.any(String));
    expect(anonymous.status).toBe(200);
    expect(await json(anonymous)).toEqual({ user: null });
  });

  it('ends the session on logout', async () => {
    // given a signed-in user
    const { app } = createTestApp();
    const cookie = await loginAs(app, 'supervisor.370811');
    // when they log out
    const res = await api(app, cookie)('POST', '/api/auth/logout');
    // then the cookie no longer works
    expect(res.status).toBe(204);
    expect(await json(await api(app, cookie)('GET', '/api/auth/me'))).toEqual({ user: null });
  });
});

describe('POST /api/auth/tenant', () => {
  it('lets the city admin act in a county', async () => {
    // given the city admin, who sees all 15 tenants
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    expect((await json(await call('GET', '/api/auth/me'))).visibleTenants).toHaveLength(15);
    // when switching to 任城区
    const res = await call('POST', '/api/auth/tenant', { tenantId: '370811' });
    // then the session acts in 370811 from now on
    expect(res.status).toBe(200);
    expect((await json(res)).activeTenant).toEqual({ id: '370811', name: '任城区' });
    expect((await json(await call('GET', '/api/auth/me'))).activeTenant.id).toBe('370811');
  });

  it('answers 404 when a county admin tries a sibling county', async () => {
    // given
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'county-admin.370811'));
    // when
    const res = await call('POST', '/api/auth/tenant', { tenantId: '370881' });
    // then
    expect(res.status).toBe(404);
    expect((await json(await call('GET', '/api/auth/me'))).activeTenant.id).toBe('370811');
  });
});

describe('POST /api/auth/register', () => {
  const citizen = { accountType: 'citizen', mobile: '13912345678', password: 'secret-123', name: '李四', idNumber: '370811199001011236' };

  it('rejects an ID number with a wrong check digit, naming idNumber', async () => {
    // given
    const { app } = createTestApp();
    // when
    const res = await api(app)('POST', '/api/auth/register', { ...citizen, idNumber: '370811199001011234' });
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({ code: 'invalid_input', path: 'idNumber' });
  });

  it('registers and signs in a citizen, then refuses the same mobile again', async () => {
    // given
    const { app } = createTestApp();
    // when
    const first = await api(app)('POST', '/api/auth/register', citizen);
    const second = await api(app)('POST', '/api/auth/register', { ...citizen, name: '王五', idNumber: '11010519491231002X' });
    // then
    expect(first.status).toBe(201);
    const me = await json(first);
    expect(me.user).toMatchObject({ username: '13912345678', displayName: '李四', kind: 'citizen', tenantId: '370800' });
    expect(me.user.roles).toEqual([{ role: 'citizen', departmentId: null }]);
    expect(first.headers.get('set-cookie')).toMatch(/^yilian_session=/);
    expect(second.status).toBe(409);
    expect((await json(second)).error.path).toBe('mobile');
  });

  it('refuses a mobile that an existing account already holds', async () => {
    // given citizen.demo, whose mobile is 13800138000
    const { app } = createTestApp();
    // when someone registers with that mobile
    const res = await api(app)('POST', '/api/auth/register', { ...citizen, mobile: '13800138000' });
    // then
    expect(res.status).toBe(409);
    expect((await json(res)).error.path).toBe('mobile');
  });

  it('registers a company with a unified social credit code', async () => {
    // given
    const { app } = createTestApp();
    // when
    const res = await api(app)('POST', '/api/auth/register', {
      accountType: 'company', mobile: '+86 139-0000-1111', password: 'secret-123', name: '示范公司', uscc: '91350100M000100Y43',
    });
    // then the mobile is normalised into the username
    expect(res.status).toBe(201);
    expect((await json(res)).user).toMatchObject({ username: '13900001111', kind: 'company' });
  });
});

describe('session expiry', () => {
  it('refuses an expired session and removes expired sessions on the next login', async () => {
    // given a session that expired an hour before the test clock
    const { app, deps } = createTestApp();
    const cookie = await loginAs(app, 'window-clerk.370811');
    await rawSql(deps.db, "UPDATE sessions SET expires_at = '2025-09-26T01:00:00.000Z'");
    // when it is used
    const res = await api(app, cookie)('GET', '/api/auth/me');
    // then it no longer signs anyone in, and a later login clears it from the table
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ user: null });
    await loginAs(app, 'county-admin.370811');
    expect(await countOf(deps.db, "SELECT count(*) AS n FROM sessions WHERE expires_at < '2025-09-26T02:00:00.000Z'")).toBe(0);
  });
});
