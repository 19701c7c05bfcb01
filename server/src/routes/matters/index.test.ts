import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matter JSON is navigated freely in tests
type Json = Record<string, any>;

async function as(username: string) {
  const { app, deps } = createTestApp();
  return { deps, call: api(app, await loginAs(app, username)) };
}

describe('GET /api/matters', () => {
  it('searches by code and by name and filters by department', async () => {
    // given the seeded catalog
    const { call } = await as('city-admin.370800');
    // when
    const byCode = await json(await call('GET', '/api/matters?q=000131024000'));
    const byName = await json(await call('GET', `/api/matters?q=${encodeURIComponent('登记')}`));
    const byDept = await json(await call('GET', `/api/matters?department=${encodeURIComponent('医疗保障局')}`));
    // then
    expect(byCode.items.map((m: Json) => m.code)).toEqual(['000131024000']);
    expect(byCode.items[0]).toMatchObject({ name: '食品经营许可（新办）', department: '市场监督管理局', currentVersion: 1 });
    expect(byName.total).toBeGreaterThan(1);
    expect(byName.items.every((m: Json) => m.name.includes('登记') || m.department.includes('登记'))).toBe(true);
    expect(byDept.items.length).toBeGreaterThan(0);
    expect(byDept.items.every((m: Json) => m.department === '医疗保障局')).toBe(true);
    expect(byCode.departments).toContain('市场监督管理局');
  });

  it('pages the list and rejects an invalid page', async () => {
    const { call } = await as('county-admin.370811');
    const first = await json(await call('GET', '/api/matters?pageSize=5&page=1'));
    const second = await json(await call('GET', '/api/matters?pageSize=5&page=2'));
    expect(first.items).toHaveLength(5);
    expect(second.items[0].code > first.items[4].code).toBe(true);
    const bad = await call('GET', '/api/matters?page=0');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.path).toBe('page');
  });

  it('is not for applicants', async () => {
    const { call } = await as('citizen.demo');
    expect((await call('GET', '/api/matters')).status).toBe(403);
  });
});

describe('PUT /api/matters/:code', () => {
  it('saves an edit as version 2 with its history and audit entry', async () => {
    // given 食品经营许可 at version 1
    const { call } = await as('city-admin.370800');
    const { matter } = await json(await call('GET', '/api/matters/000131024000'));
    // when the city administrator shortens the promised limit
    const res = await call('PUT', '/api/matters/000131024000', { matter: { ...matter, promisedLimitDays: 3 }, note: '压缩承诺时限' });
    // then
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ version: 2, changed: ['promisedLimitDays'] });
    const detail = await json(await call('GET', '/api/matters/000131024000'));
    expect(detail.matter.promisedLimitDays).toBe(3);
    expect(detail.versions[0]).toMatchObject({ version: 2, source: 'edit', note: '压缩承诺时限', createdBy: 'city-admin.370800' });
    const v1 = await json(await call('GET', '/api/matters/000131024000/versions/1'));
    expect(v1.matter.promisedLimitDays).toBe(matter.promisedLimitDays);
    const audit = await json(await call('GET', '/api/audit?action=matter.edit'));
    expect(audit.items[0]).toMatchObject({ targetId: '000131024000' });
  });

  it('creates no version when nothing changed', async () => {
    const { call } = await as('city-admin.370800');
    const { matter } = await json(await call('GET', '/api/matters/000131024000'));
    expect(await json(await call('PUT', '/api/matters/000131024000', { matter }))).toEqual({ version: 1, changed: [] });
  });

  it('names the JSON path of an invalid edit', async () => {
    const { call } = await as('city-admin.370800');
    const { matter } = await json(await call('GET', '/api/matters/000131024000'));
    const res = await call('PUT', '/api/matters/000131024000', { matter: { ...matter, legalLimitDays: -1 } });
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe('matter.legalLimitDays');
  });

  it('keeps standard elements locked for county administrators', async () => {
    // given a county administrator
    const { call } = await as('county-admin.370811');
    const { matter } = await json(await call('GET', '/api/matters/000131024000'));
    // when they change the legal basis
    const res = await call('PUT', '/api/matters/000131024000', { matter: { ...matter, legalBasis: '本地文件' } });
    // then 403 names the locked element
    expect(res.status).toBe(403);
    const { error } = await json(res);
    expect(error.code).toBe('locked_element');
    expect(error.path).toBe('matter.legalBasis');
  });

  it('lets a county set its own local elements, invisible to its siblings', async () => {
    // given 任城区 and 曲阜市 administrators on the same server
    const { app } = createTestApp();
    const renCheng = api(app, await loginAs(app, 'county-admin.370811'));
    const quFu = api(app, await loginAs(app, 'county-admin.370881'));
    // when 任城区 sets its window and phone
    const put = await renCheng('PUT', '/api/matters/000131024000/local', { window: '3号窗口', phone: '0537-2345678' });
    // then 任城区 reads them back and 曲阜市 does not see them
    expect(put.status).toBe(200);
    expect((await json(await renCheng('GET', '/api/matters/000131024000'))).local).toEqual({ window: '3号窗口', phone: '0537-2345678' });
    expect((await json(await quFu('GET', '/api/matters/000131024000'))).local).toEqual({});
    const bad = await renCheng('PUT', '/api/matters/000131024000/local', { legalBasis: 'x' });
    expect(bad.status).toBe(400);
  });

  it('answers 404 for an unknown matter', async () => {
    const { call } = await as('city-admin.370800');
    expect((await call('GET', '/api/matters/999999999999')).status).toBe(404);
  });
});
