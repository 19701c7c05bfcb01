import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';
import { json } from '../testing/json';
import { preferredLocale } from './locale';
import { rawSql } from '../testing/tamper';

const EN = { 'accept-language': 'en' };

/** The error of one request, sent without and with `Accept-Language: en`. */
async function bothLanguages(call: ReturnType<typeof api>, method: string, path: string, body?: unknown) {
  const zh = await call(method, path, body);
  const en = await call(method, path, body, EN);
  expect(en.status).toBe(zh.status);
  const [zhError, enError] = [(await json(zh)).error, (await json(en)).error];
  expect(enError.code).toBe(zhError.code);
  expect(enError.path).toBe(zhError.path);
  return { status: zh.status, code: zhError.code as string, zh: zhError.message as string, en: enError.message as string };
}

describe('Accept-Language', () => {
  it('prefers English only when the header ranks it above Chinese', () => {
    expect(preferredLocale(undefined)).toBe('zh-CN');
    expect(preferredLocale('en')).toBe('en');
    expect(preferredLocale('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(preferredLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(preferredLocale('fr-FR, en;q=0.5')).toBe('en');
    expect(preferredLocale('fr-FR, *')).toBe('zh-CN');
    expect(preferredLocale('en;q=0, zh')).toBe('zh-CN');
  });

  it('answers the same bad request in Chinese by default and in English when asked', async () => {
    // given a city administrator
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    // when / then: a message written in the contract (至少选择一个事项)
    expect(await bothLanguages(call, 'POST', '/api/chains/preview', { matterCodes: [] })).toEqual({
      status: 400, code: 'invalid_input', zh: 'matterCodes: 至少选择一个事项', en: 'matterCodes: Choose at least one matter',
    });
    // and zod's own messages: a wrong type, an unknown key
    expect(await bothLanguages(call, 'POST', '/api/departments', { code: 7, name: '部门' })).toMatchObject({
      zh: 'code: 无效输入：期望 string，实际接收 数字', en: 'code: Invalid input: expected string, received number',
    });
    expect(await bothLanguages(call, 'POST', '/api/departments', { code: 'abc', name: '部门', extra: 1 })).toMatchObject({
      zh: 'extra: 出现未知的键(key): "extra"', en: 'extra: Unrecognized key: "extra"',
    });
    // and a refinement's own English (a repeated matter code)
    const [code] = (await json<{ items: Array<{ code: string }> }>(await call('GET', '/api/matters?pageSize=1'))).items;
    expect((await bothLanguages(call, 'POST', '/api/chains/preview', { matterCodes: [code!.code, code!.code] })).en)
      .toBe(`matterCodes[1]: Matter ${code!.code} is repeated (the same as matterCodes[0])`);
    // and a query parameter's message
    expect((await bothLanguages(call, 'GET', '/api/users?page=0')).en).toBe('page: Pages start at 1');
  });

  it('gives the user-facing domain and HTTP errors in English by code', async () => {
    // given a city administrator, the restaurant chain and a department
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    const chains = (await json<{ items: Array<{ id: string; code: string }> }>(await call('GET', '/api/chains'))).items;
    const chain = chains.find((c) => c.code === 'YL-370800-CY-001')!;
    const { chain: stored } = await json(await call('GET', `/api/chains/${chain.id}`));
    const [department] = (await json<{ items: Array<{ code: string }> }>(await call('GET', '/api/departments'))).items;
    // when / then
    const cases: Array<[string, string, unknown, string, string]> = [
      ['GET', '/api/chains/nope', undefined, 'not_found', 'Chain not found'],
      ['GET', '/api/no-such-thing', undefined, 'not_found', 'API endpoint not found'],
      ['POST', '/api/chains/preview', '{"matterCodes": [', 'invalid_json', 'The request body is not valid JSON'],
      ['POST', '/api/chains/preview', `{"a":${'['.repeat(100)}${']'.repeat(100)}}`, 'too_deep', 'JSON nested deeper than 64 levels'],
      ['POST', `/api/chains/${chain.id}/checklist`, '{"answers":{"__proto__":{"x":1}}}', 'forbidden_key',
        'answers.__proto__: __proto__, constructor and prototype may not be used as keys'],
      ['GET', '/api/chains/%E0%A4%A', undefined, 'bad_path', 'The request path has invalid percent-encoding'],
      ['POST', `/api/chains/${chain.id}/checklist`, { answers: { 'premises.area': '300' } }, 'invalid_answer', 'answers.premises.area: must be a number'],
      ['POST', `/api/chains/${chain.id}/checklist`, { answers: { nope: 1 } }, 'invalid_answer', 'answers.nope: unknown situation nope'],
      ['POST', '/api/chains/preview', { matterCodes: ['999999999999'] }, 'unknown_matter', 'matterCodes[0]: unknown matter code 999999999999'],
      ['PUT', `/api/chains/${chain.id}`, { recipe: stored.recipe, decisions: stored.decisions, revision: stored.revision + 1 }, 'stale_revision',
        `revision: someone else saved the chain (now revision ${stored.revision}; your edit is based on revision ${stored.revision + 1}); reload and save again`],
      ['POST', '/api/departments', { code: department!.code, name: '重复' }, 'conflict', `Department code ${department!.code} already exists`],
    ];
    for (const [method, path, body, code, english] of cases) {
      const answer = await bothLanguages(call, method, path, body);
      expect(answer.code, path).toBe(code);
      expect(answer.en, path).toBe(english);
      expect(answer.zh, path).toMatch(/[\u4e00-\u9fff]/);
    }
    // and without a session
    expect(await bothLanguages(api(app), 'GET', '/api/users')).toMatchObject({ code: 'unauthorized', zh: '请先登录', en: 'Please sign in' });
    // and a role that may not
    const clerk = api(app, await loginAs(app, 'window-clerk.370811'));
    expect(await bothLanguages(clerk, 'GET', '/api/users')).toMatchObject({ code: 'forbidden', en: 'Your role may not do this' });
  });

  it('says a published chain is no draft in English (not_draft)', async () => {
    const { app, deps } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    const chains = (await json<{ items: Array<{ id: string; code: string }> }>(await call('GET', '/api/chains'))).items;
    const chain = chains.find((c) => c.code === 'YL-370800-CY-001')!;
    await rawSql(deps.db, 'UPDATE chains SET status = ? WHERE id = ?', 'published', chain.id);
    expect(await bothLanguages(call, 'DELETE', `/api/chains/${chain.id}`)).toMatchObject({
      status: 409, code: 'not_draft', zh: '只能删除草稿状态的主题', en: 'Only draft chains can be deleted',
    });
  });
});
