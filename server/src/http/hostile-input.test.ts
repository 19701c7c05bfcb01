import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';
import { json } from '../testing/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON is navigated freely in tests
type Json = Record<string, any>;

async function asCounty() {
  const { app } = createTestApp();
  const call = api(app, await loginAs(app, 'county-admin.370811'));
  const chains = await json<{ items: Json[] }>(await call('GET', '/api/chains'));
  const restaurant = chains.items.find((c) => c.code === 'YL-370800-CY-001')!;
  const detail = await json(await call('GET', `/api/chains/${restaurant.id}`));
  return { app, call, chainId: restaurant.id as string, matterCodes: detail.chain.recipe.matters as string[] };
}

const expectError = async (res: Response, status: number, code: string, path?: string) => {
  expect(res.status).toBe(status);
  const body = await json(res);
  expect(body.error).toMatchObject({ code, message: expect.any(String), ...(path ? { path } : {}) });
  return body.error as Json;
};

describe('prototype pollution through situation answers (the critical probe)', () => {
  it('refuses __proto__ answer keys with 400 and keeps the server working', async () => {
    // given a signed-in county administrator
    const { app, call, chainId, matterCodes } = await asCounty();
    // when the probe's bodies are sent to the checklist and the preview
    const polluting = { answers: { '__proto__.polluted': 1, '__proto__.password': 'x' } };
    await expectError(await call('POST', `/api/chains/${chainId}/checklist`, polluting), 400, 'forbidden_key', 'answers.__proto__.polluted');
    await expectError(await call('POST', '/api/chains/preview', { matterCodes, ...polluting }), 400, 'forbidden_key');
    await expectError(await call('POST', `/api/chains/${chainId}/checklist`, '{"answers":{"__proto__":{"polluted":1}}}'), 400, 'forbidden_key', 'answers.__proto__');
    await expectError(await call('POST', `/api/chains/${chainId}/checklist`, { answers: { 'constructor.prototype.polluted': 1 } }), 400, 'forbidden_key');
    // then nothing reached Object.prototype, health answers and a demo login works
    expect(({} as Json).polluted).toBeUndefined();
    expect(({} as Json).password).toBeUndefined();
    expect((await api(app)('GET', '/api/health')).status).toBe(200);
    expect(await loginAs(app, 'city-admin.370800')).toMatch(/=/);
  });

  it('validates answers against the chain\'s situations: unknown keys and wrong types name answers.<key>', async () => {
    // given
    const { call, chainId, matterCodes } = await asCounty();
    // when / then
    await expectError(await call('POST', `/api/chains/${chainId}/checklist`, { answers: { nope: 1 } }), 400, 'invalid_answer', 'answers.nope');
    const wrongType = await expectError(await call('POST', `/api/chains/${chainId}/checklist`, { answers: { 'premises.area': '300' } }), 400, 'invalid_answer', 'answers.premises.area');
    expect(wrongType.message).toContain('必须为数字');
    await expectError(await call('POST', '/api/chains/preview', { matterCodes, answers: { sellsTobacco: 'yes' } }), 400, 'invalid_answer', 'answers.sellsTobacco');
    // and right answers still work, also against the situations of a recipe being composed
    expect((await call('POST', `/api/chains/${chainId}/checklist`, { answers: { 'premises.area': 500, sellsTobacco: false } })).status).toBe(200);
    const draft = { matterCodes: matterCodes.slice(0, 2), situations: [{ key: 'seats', question: '座位数？', type: 'integer' }], answers: { seats: 40 } };
    expect((await call('POST', '/api/chains/preview', draft)).status).toBe(200);
    await expectError(await call('POST', '/api/chains/preview', { ...draft, answers: { seats: 'many' } }), 400, 'invalid_answer', 'answers.seats');
    await expectError(await call('POST', '/api/chains/preview', { ...draft, situations: [{ key: '__proto__', question: 'x', type: 'text' }] }), 400, 'invalid_input', 'situations[0].key');
  });
});

describe('other crafted inputs answer 4xx, never 500', () => {
  it('refuses JSON nested 10,000 deep before parsing it', async () => {
    // given a 20 KB body nested 10,000 levels
    const { call, matterCodes } = await asCounty();
    const deep = `{"matterCodes":${JSON.stringify(matterCodes)},"answers":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    // when / then
    const error = await expectError(await call('POST', '/api/chains/preview', deep), 400, 'too_deep');
    expect(error.message).toContain('64');
    await expectError(await api(createTestApp().app)('POST', '/api/auth/login', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`), 400, 'too_deep');
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const { call } = await asCounty();
    await expectError(await call('POST', '/api/chains/preview', '{"matterCodes": ['), 400, 'invalid_json');
  });

  it('answers malformed percent-encoding with 400', async () => {
    // given no login at all
    const call = api(createTestApp().app);
    // when / then
    await expectError(await call('GET', '/%E0%A4%A'), 400, 'bad_path');
    await expectError(await call('GET', '/designer/%ff.js'), 400, 'bad_path');
    await expectError(await call('GET', '/api/chains/%E0%A4%A'), 400, 'bad_path');
  });

  it('names the repeated matter code in a preview', async () => {
    const { call, matterCodes } = await asCounty();
    const error = await expectError(await call('POST', '/api/chains/preview', { matterCodes: [matterCodes[0], matterCodes[0]] }), 400, 'invalid_input');
    expect(error.path).toBe('matterCodes[1]');
  });

  it('refuses prototype keys in settings and catalog files', async () => {
    // given
    const { app } = createTestApp();
    const city = api(app, await loginAs(app, 'city-admin.370800'));
    // when / then
    await expectError(await city('PUT', '/api/settings', '{"window":{"__proto__":{"polluted":1}}}'), 400, 'forbidden_key', 'window.__proto__');
    await expectError(await city('POST', '/api/catalog/import', { format: 'yilian.catalog/v1', matters: [{ constructor: 1 }] }), 400, 'forbidden_key', 'matters[0].constructor');
    expect(({} as Json).polluted).toBeUndefined();
  });
});
