import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

async function asAdmin(username = 'county-admin.370811') {
  const { app, deps } = createTestApp();
  return { app, deps, call: api(app, await loginAs(app, username)) };
}

describe('GET /api/departments', () => {
  it('lists the acting tenant\'s departments with the number of users assigned', async () => {
    // given the seeded 任城区 (13 departments, one reviewer each)
    const { call } = await asAdmin();
    // when
    const res = await call('GET', '/api/departments');
    // then
    expect(res.status).toBe(200);
    const { items } = await json(res);
    expect(items).toHaveLength(13);
    expect(items.every((d: { tenantId: string }) => d.tenantId === '370811')).toBe(true);
    expect(items.find((d: { code: string }) => d.code === 'scjg')).toMatchObject({ name: '市场监督管理局', userCount: 1 });
  });

  it('pages like the other lists, searches code and name, and refuses an oversized page', async () => {
    // given the seeded 13 departments of 任城区
    const { call } = await asAdmin();
    // when
    const second = await json(await call('GET', '/api/departments?page=2&pageSize=5'));
    const found = await json(await call('GET', `/api/departments?q=${encodeURIComponent('市场监督')}`));
    const byCode = await json(await call('GET', '/api/departments?q=SCJG'));
    const tooBig = await call('GET', '/api/departments?pageSize=101');
    // then
    expect(second.total).toBe(13);
    expect(second.items).toHaveLength(5);
    const all = (await json(await call('GET', '/api/departments?pageSize=100'))).items.map((d: { code: string }) => d.code);
    expect(second.items.map((d: { code: string }) => d.code)).toEqual(all.slice(5, 10));
    expect(found).toMatchObject({ total: 1, items: [{ code: 'scjg' }] });
    expect(byCode.total).toBe(1);
    expect(tooBig.status).toBe(400);
    expect(await tooBig.text()).toContain('pageSize');
  });

  it('is refused to staff who are not administrators', async () => {
    // given
    const { app } = createTestApp();
    // when
    const clerk = await api(app, await loginAs(app, 'window-clerk.370811'))('GET', '/api/departments');
    const anonymous = await api(app)('GET', '/api/departments');
    // then
    expect(clerk.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });
});

describe('POST /api/departments', () => {
  it('creates a department in the acting tenant', async () => {
    // given
    const { call } = await asAdmin();
    // when
    const res = await call('POST', '/api/departments', { code: 'mz', name: '民政局' });
    // then
    expect(res.status).toBe(201);
    const dept = await json(res);
    expect(dept).toEqual({ id: expect.any(String), tenantId: '370811', code: 'mz', name: '民政局', userCount: 0 });
    const { items } = await json(await call('GET', '/api/departments'));
    expect(items.map((d: { id: string }) => d.id)).toContain(dept.id);
  });

  it('takes the tenant from the session, never from the body', async () => {
    // given
    const { call } = await asAdmin();
    // when a tenantId is smuggled into the body
    const res = await call('POST', '/api/departments', { code: 'mz', name: '民政局', tenantId: '370881' });
    // then the strict schema rejects it
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe('invalid_input');
  });

  it('answers 409 for a code the tenant already uses, but another tenant may use it', async () => {
    // given
    const { app, call } = await asAdmin();
    // when
    const dup = await call('POST', '/api/departments', { code: 'scjg', name: '另一个' });
    const other = await api(app, await loginAs(app, 'county-admin.370881'))('POST', '/api/departments', { code: 'mz', name: '民政局' });
    const mine = await call('POST', '/api/departments', { code: 'mz', name: '民政局' });
    // then
    expect(dup.status).toBe(409);
    expect((await json(dup)).error).toMatchObject({ code: 'conflict', path: 'code' });
    expect(other.status).toBe(201);
    expect(mine.status).toBe(201);
  });

  it.each([
    [{ code: 'Bad', name: '部门' }, 'code'],
    [{ code: '1abc', name: '部门' }, 'code'],
    [{ code: 'a'.repeat(33), name: '部门' }, 'code'],
    [{ code: 'ok', name: '  ' }, 'name'],
    [{ name: '部门' }, 'code'],
  ])('rejects %j naming %s', async (body, path) => {
    // given
    const { call } = await asAdmin();
    // when
    const res = await call('POST', '/api/departments', body);
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe(path);
  });
});

describe('PATCH /api/departments/:id', () => {
  it('renames and recodes a department, refusing a code in use', async () => {
    // given
    const { call } = await asAdmin();
    const dept = await json(await call('POST', '/api/departments', { code: 'mz', name: '民政局' }));
    // when
    const res = await call('PATCH', `/api/departments/${dept.id}`, { name: '民政事务局', code: 'mzj' });
    const clash = await call('PATCH', `/api/departments/${dept.id}`, { code: 'scjg' });
    const sameCode = await call('PATCH', `/api/departments/${dept.id}`, { code: 'mzj', name: '民政局' });
    // then
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ id: dept.id, code: 'mzj', name: '民政事务局' });
    expect(clash.status).toBe(409);
    expect(sameCode.status).toBe(200);
  });

  it('answers 404 for an unknown id', async () => {
    // given
    const { call } = await asAdmin();
    // when
    const res = await call('PATCH', '/api/departments/no-such-id', { name: 'x' });
    // then
    expect(res.status).toBe(404);
    expect((await json(res)).error).toEqual({ code: 'not_found', message: '部门不存在' });
  });
});

describe('DELETE /api/departments/:id', () => {
  it('deletes an unused department', async () => {
    // given
    const { call } = await asAdmin();
    const dept = await json(await call('POST', '/api/departments', { code: 'mz', name: '民政局' }));
    // when
    const res = await call('DELETE', `/api/departments/${dept.id}`);
    // then
    expect(res.status).toBe(204);
    const { items } = await json(await call('GET', '/api/departments'));
    expect(items.map((d: { id: string }) => d.id)).not.toContain(dept.id);
    expect((await call('DELETE', `/api/departments/${dept.id}`)).status).toBe(404);
  });

  it('answers 409 while users are assigned and keeps the department', async () => {
    // given 市场监督管理局 with its reviewer
    const { call } = await asAdmin();
    const { items } = await json(await call('GET', '/api/departments'));
    const scjg = items.find((d: { code: string }) => d.code === 'scjg');
    // when
    const res = await call('DELETE', `/api/departments/${scjg.id}`);
    // then
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('conflict');
    const after = await json(await call('GET', '/api/departments'));
    expect(after.items).toHaveLength(13);
  });
});
