import { describe, expect, it } from 'vitest';
import { api, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { deptId, newUser, setup } from './test-fixtures';

describe('GET /api/users', () => {
  it('pages through the acting tenant\'s users', async () => {
    // given 任城区: admin, clerk, supervisor and 13 reviewers
    const { call } = await setup();
    // when
    const first = await json(await call('GET', '/api/users?pageSize=5'));
    const last = await json(await call('GET', '/api/users?page=4&pageSize=5'));
    // then
    expect(first.total).toBe(16);
    expect(first.items).toHaveLength(5);
    expect(last.items).toHaveLength(1);
    expect([...first.items, ...last.items].every((u: { username: string }) => u.username.endsWith('.370811'))).toBe(true);
  });

  it('filters by text and by role, naming each reviewer\'s department', async () => {
    // given
    const { call } = await setup();
    // when
    const byText = await json(await call('GET', '/api/users?q=SCJG'));
    const reviewers = await json(await call('GET', '/api/users?role=reviewer&pageSize=100'));
    const supervisors = await json(await call('GET', '/api/users?role=supervisor'));
    const literal = await json(await call('GET', '/api/users?q=%25'));
    // then
    expect(byText.items.map((u: { username: string }) => u.username)).toEqual(['reviewer.scjg.370811']);
    expect(byText.items[0].roles).toEqual([{ role: 'reviewer', departmentId: expect.any(String), departmentName: '市场监督管理局' }]);
    expect(reviewers.total).toBe(13);
    expect(supervisors.items.map((u: { username: string }) => u.username)).toEqual(['supervisor.370811']);
    expect(literal.total).toBe(0);
  });

  it('finds a user by mobile but only ever shows it masked', async () => {
    // given the city tenant, where citizen.demo (13800138000) lives
    const { call } = await setup('city-admin.370800');
    // when
    const res = await call('GET', '/api/users?q=13800138000');
    // then
    const text = await res.text();
    expect(text).not.toContain('13800138000');
    const body = JSON.parse(text);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ username: 'citizen.demo', kind: 'citizen', mobile: '138****8000', status: 'active' });
  });

  it.each([
    ['pageSize=1000', 'pageSize'],
    ['page=0', 'page'],
    ['role=janitor', 'role'],
  ])('rejects ?%s naming %s', async (query, path) => {
    // given
    const { call } = await setup();
    // when
    const res = await call('GET', `/api/users?${query}`);
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe(path);
  });
});

describe('POST /api/users', () => {
  it('creates a staff user in the acting tenant who can then sign in', async () => {
    // given
    const { app, call } = await setup();
    const scjg = await deptId(call, 'scjg');
    // when
    const res = await call('POST', '/api/users', newUser({ roles: [{ role: 'reviewer', departmentId: scjg }, { role: 'window-clerk' }] }));
    // then
    expect(res.status).toBe(201);
    expect(await json(res)).toEqual({
      id: expect.any(String), username: 'clerk.new', displayName: '新窗口人员', kind: 'staff', status: 'active', mobile: '137****5678',
      roles: [
        { role: 'reviewer', departmentId: scjg, departmentName: '市场监督管理局' },
        { role: 'window-clerk', departmentId: null, departmentName: null },
      ],
      createdAt: '2025-09-26T02:00:00.000Z',
    });
    const me = await json(await api(app, await loginAs(app, 'clerk.new', 'secret-123'))('GET', '/api/auth/me'));
    expect(me.user.tenantId).toBe('370811');
  });

  it('answers 409 for a username taken anywhere on the platform', async () => {
    // given a username of another tenant
    const { call } = await setup();
    // when
    const res = await call('POST', '/api/users', newUser({ username: 'window-clerk.370881' }));
    // then
    expect(res.status).toBe(409);
    expect((await json(res)).error).toMatchObject({ code: 'conflict', path: 'username' });
  });

  it('requires a reviewer\'s department to belong to the acting tenant', async () => {
    // given a department of the sibling 曲阜市
    const { app, call } = await setup();
    const qufu = await deptId(api(app, await loginAs(app, 'county-admin.370881')), 'scjg');
    // when
    const missing = await call('POST', '/api/users', newUser({ roles: [{ role: 'reviewer' }] }));
    const foreign = await call('POST', '/api/users', newUser({ roles: [{ role: 'window-clerk' }, { role: 'reviewer', departmentId: qufu }] }));
    // then
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.path).toBe('roles[0].departmentId');
    expect(foreign.status).toBe(400);
    expect((await json(foreign)).error.path).toBe('roles[1].departmentId');
  });

  it('never grants citizen or company roles here', async () => {
    // given
    const { call } = await setup();
    // when
    const res = await call('POST', '/api/users', newUser({ roles: [{ role: 'citizen' }] }));
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe('roles[0].role');
  });

  it('forbids a county admin to grant city-admin (403)', async () => {
    // given
    const { call } = await setup();
    // when
    const res = await call('POST', '/api/users', newUser({ roles: [{ role: 'city-admin' }] }));
    // then
    expect(res.status).toBe(403);
  });

  it('lets the city admin grant city-admin in the city and create users in a tenant it switched to', async () => {
    // given
    const { app, call } = await setup('city-admin.370800');
    // when
    const cityAdmin = await call('POST', '/api/users', newUser({ username: 'city-admin.two', roles: [{ role: 'city-admin' }] }));
    await call('POST', '/api/auth/tenant', { tenantId: '370811' });
    const countyUser = await call('POST', '/api/users', newUser({ username: 'clerk.rencheng' }));
    const cityAdminInCounty = await call('POST', '/api/users', newUser({ username: 'city-admin.three', roles: [{ role: 'city-admin' }] }));
    // then
    expect(cityAdmin.status).toBe(201);
    expect(countyUser.status).toBe(201);
    const me = await json(await api(app, await loginAs(app, 'clerk.rencheng', 'secret-123'))('GET', '/api/auth/me'));
    expect(me.user.tenantId).toBe('370811');
    expect(cityAdminInCounty.status).toBe(400);
    expect((await json(cityAdminInCounty)).error.path).toBe('roles[0].role');
  });

  it.each([
    [{ password: 'short' }, 'password'],
    [{ username: 'a' }, 'username'],
    [{ mobile: '12345' }, 'mobile'],
    [{ roles: [] }, 'roles'],
  ])('rejects %j naming %s', async (extra, path) => {
    // given
    const { call } = await setup();
    // when
    const res = await call('POST', '/api/users', newUser(extra));
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe(path);
  });
});
