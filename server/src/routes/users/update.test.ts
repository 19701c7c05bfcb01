import { describe, expect, it } from 'vitest';
import { api, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { deptId, newUser, setup } from './test-fixtures';

describe('PATCH /api/users/:id', () => {
  it('updates name and mobile, and a disabled user can no longer sign in', async () => {
    // given a user with a session
    const { app, call } = await setup();
    const user = await json(await call('POST', '/api/users', newUser()));
    const session = api(app, await loginAs(app, 'clerk.new', 'secret-123'));
    // when
    const renamed = await call('PATCH', `/api/users/${user.id}`, { displayName: '改名', mobile: '13600001111' });
    const disabled = await call('PATCH', `/api/users/${user.id}`, { status: 'disabled' });
    // then
    expect(await json(renamed)).toMatchObject({ displayName: '改名', mobile: '136****1111' });
    expect(await json(disabled)).toMatchObject({ status: 'disabled' });
    expect(await json(await session('GET', '/api/auth/me'))).toEqual({ user: null });
    const login = await api(app)('POST', '/api/auth/login', { username: 'clerk.new', password: 'secret-123' });
    expect(login.status).toBe(401);
  });

  it('resets a password', async () => {
    // given
    const { app, call } = await setup();
    const user = await json(await call('POST', '/api/users', newUser()));
    // when
    const res = await call('PATCH', `/api/users/${user.id}`, { password: 'another-secret' });
    // then
    expect(res.status).toBe(200);
    expect((await api(app)('POST', '/api/auth/login', { username: 'clerk.new', password: 'secret-123' })).status).toBe(401);
    expect((await api(app)('POST', '/api/auth/login', { username: 'clerk.new', password: 'another-secret' })).status).toBe(200);
  });

  it('audits a password reset as user.password_reset, without the password', async () => {
    // given
    const { call } = await setup();
    const user = await json(await call('POST', '/api/users', newUser()));
    // when
    await call('PATCH', `/api/users/${user.id}`, { password: 'another-secret' });
    // then
    const audit = await json(await call('GET', '/api/audit?action=user.password_reset'));
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ targetId: user.id, after: { username: 'clerk.new', passwordChanged: true } });
    expect(JSON.stringify(audit.items[0])).not.toContain('another-secret');
  });

  it('does not let an administrator disable themself', async () => {
    // given
    const { call } = await setup();
    const me = await json(await call('GET', '/api/auth/me'));
    // when
    const res = await call('PATCH', `/api/users/${me.user.id}`, { status: 'disabled' });
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe('status');
    expect((await call('GET', '/api/auth/me')).status).toBe(200);
  });

  it('rejects an unknown status', async () => {
    // given
    const { call } = await setup();
    const user = await json(await call('POST', '/api/users', newUser()));
    // when
    const res = await call('PATCH', `/api/users/${user.id}`, { status: 'deleted' });
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe('status');
  });
});

describe('PUT /api/users/:id/roles', () => {
  it('replaces all grants', async () => {
    // given a window clerk
    const { call } = await setup();
    const user = await json(await call('POST', '/api/users', newUser()));
    const xf = await deptId(call, 'xf');
    // when
    const res = await call('PUT', `/api/users/${user.id}/roles`, { roles: [{ role: 'reviewer', departmentId: xf }, { role: 'supervisor' }] });
    // then
    expect(res.status).toBe(200);
    expect((await json(res)).roles).toEqual([
      { role: 'reviewer', departmentId: xf, departmentName: '消防救援大队' },
      { role: 'supervisor', departmentId: null, departmentName: null },
    ]);
    const listed = await json(await call('GET', '/api/users?role=window-clerk'));
    expect(listed.items.map((u: { id: string }) => u.id)).not.toContain(user.id);
  });

  it('applies the same rules as creation', async () => {
    // given
    const { call } = await setup();
    const user = await json(await call('POST', '/api/users', newUser()));
    // when
    const noDept = await call('PUT', `/api/users/${user.id}/roles`, { roles: [{ role: 'reviewer' }] });
    const cityAdmin = await call('PUT', `/api/users/${user.id}/roles`, { roles: [{ role: 'city-admin' }] });
    const company = await call('PUT', `/api/users/${user.id}/roles`, { roles: [{ role: 'company' }] });
    // then
    expect(noDept.status).toBe(400);
    expect((await json(noDept)).error.path).toBe('roles[0].departmentId');
    expect(cityAdmin.status).toBe(403);
    expect(company.status).toBe(400);
  });

  it('does not let an administrator drop their own administrator role', async () => {
    // given
    const { call } = await setup();
    const me = await json(await call('GET', '/api/auth/me'));
    // when
    const res = await call('PUT', `/api/users/${me.user.id}/roles`, { roles: [{ role: 'window-clerk' }] });
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe('roles');
  });

  it('leaves applicants\' roles alone', async () => {
    // given citizen.demo in the city tenant
    const { call } = await setup('city-admin.370800');
    const citizen = (await json(await call('GET', '/api/users?q=citizen.demo'))).items[0];
    // when
    const res = await call('PUT', `/api/users/${citizen.id}/roles`, { roles: [{ role: 'window-clerk' }] });
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe('roles');
  });
});
