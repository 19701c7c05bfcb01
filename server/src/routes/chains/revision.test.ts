import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON is navigated freely in tests
type Json = Record<string, any>;

async function cityAdmin() {
  const { app } = createTestApp();
  const call = api(app, await loginAs(app, 'city-admin.370800'));
  const { items } = await json<{ items: Json[] }>(await call('GET', '/api/chains'));
  const chain = items.find((c) => c.code === 'YL-370800-CY-001')!;
  const detail = await json(await call('GET', `/api/chains/${chain.id}`));
  return { call, id: chain.id as string, recipe: detail.chain.recipe as Json, decisions: detail.chain.decisions as Json };
}

const auditTotal = async (call: ReturnType<typeof api>) => (await json(await call('GET', '/api/audit?pageSize=1'))).total as number;

describe('chain revision', () => {
  it('starts at 0: GET, the list and a created chain answer revision 0', async () => {
    // given the seeded chains
    const { call, id } = await cityAdmin();
    // when
    const detail = await json(await call('GET', `/api/chains/${id}`));
    const { items } = await json(await call('GET', '/api/chains'));
    const created = await call('POST', '/api/chains', { recipe: { code: 'YL-370800-REV-001', name: '版本测试', subject: '法人', matters: ['000131127004'], situations: [] } });
    // then
    expect(detail.chain.revision).toBe(0);
    expect(items.every((c: Json) => c.revision === 0)).toBe(true);
    expect(created.status).toBe(201);
    expect((await json(created)).revision).toBe(0);
  });

  it('increments on every successful PUT, with or without a revision in the body', async () => {
    // given
    const { call, id, recipe, decisions } = await cityAdmin();
    // when saved without a revision, then based on the revision answered
    const first = await call('PUT', `/api/chains/${id}`, { recipe, decisions });
    const second = await call('PUT', `/api/chains/${id}`, { recipe: { ...recipe, name: '开办餐饮店（改）' }, decisions, revision: 1 });
    // then
    expect(first.status).toBe(200);
    expect((await json(first)).revision).toBe(1);
    expect(second.status).toBe(200);
    expect(await json(second)).toMatchObject({ revision: 2, name: '开办餐饮店（改）' });
    expect((await json(await call('GET', `/api/chains/${id}`))).chain.revision).toBe(2);
    // and the audit entry records the revisions
    const audit = await json(await call('GET', '/api/audit?action=chain.update'));
    expect(audit.items[0]).toMatchObject({ targetId: id, before: { revision: 1 }, after: { revision: 2 } });
  });

  it('refuses a PUT based on a stale revision with 409 stale_revision, writing nothing', async () => {
    // given someone else saved the chain (revision 0 → 1)
    const { call, id, recipe, decisions } = await cityAdmin();
    expect((await call('PUT', `/api/chains/${id}`, { recipe, decisions, revision: 0 })).status).toBe(200);
    const before = await json(await call('GET', `/api/chains/${id}`));
    const audited = await auditTotal(call);
    // when an edit based on revision 0 is saved
    const res = await call('PUT', `/api/chains/${id}`, { recipe: { ...recipe, name: '覆盖他人修改' }, decisions, revision: 0 });
    // then it is refused naming the revision
    expect(res.status).toBe(409);
    const { error } = await json(res);
    expect(error).toMatchObject({ code: 'stale_revision', path: 'revision', message: expect.stringContaining('1') });
    // and nothing was written or audited
    expect(await json(await call('GET', `/api/chains/${id}`))).toEqual(before);
    expect(await auditTotal(call)).toBe(audited);
  });

  it('validates the revision: a non-negative integer, named by its path', async () => {
    const { call, id, recipe, decisions } = await cityAdmin();
    for (const revision of [-1, 1.5, '1']) {
      const res = await call('PUT', `/api/chains/${id}`, { recipe, decisions, revision });
      expect(res.status).toBe(400);
      expect((await json(res)).error.path).toBe('revision');
    }
    // and POST still refuses unknown keys, a revision among them
    const post = await call('POST', '/api/chains', { recipe: { ...recipe, code: 'YL-370800-REV-002' }, revision: 0 });
    expect(post.status).toBe(400);
    expect((await json(post)).error.path).toBe('revision');
  });

  it('documents the revision in the OpenAPI document', async () => {
    const { call } = await cityAdmin();
    const doc = await json(await call('GET', '/api/openapi.json'));
    const put = doc.paths['/chains/{id}'].put;
    expect(put.requestBody.content['application/json'].schema.properties.revision).toMatchObject({ type: 'integer' });
    expect(put.responses['200'].content['application/json'].schema.properties.revision).toMatchObject({ type: 'integer' });
    expect(put.responses['200'].content['application/json'].schema.required).toContain('revision');
  });
});
