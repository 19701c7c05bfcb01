import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matter JSON is navigated freely in tests
type Json = Record<string, any>;

describe('GET /api/matters?q= takes %, _ and \\ literally', () => {
  it('finds 50%, a_b and a backslash only where they are written', async () => {
    // given three matters renamed with LIKE wildcards and the escape character
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    const page = await json<{ items: Json[] }>(await call('GET', '/api/matters?pageSize=3'));
    const names = ['减免50%费用', '登记a_b类', '路径c\\d'];
    for (const [i, m] of page.items.entries()) {
      const { matter } = await json(await call('GET', `/api/matters/${m.code}`));
      expect((await call('PUT', `/api/matters/${m.code}`, { matter: { ...matter, name: names[i] } })).status).toBe(200);
    }
    const search = async (q: string) => (await json<{ items: Json[] }>(await call('GET', `/api/matters?q=${encodeURIComponent(q)}`))).items.map((m) => m.name);
    // when / then
    expect(await search('50%')).toEqual(['减免50%费用']);
    expect(await search('a_b')).toEqual(['登记a_b类']);
    expect(await search('\\')).toEqual(['路径c\\d']);
    expect(await search('%')).toEqual(['减免50%费用']);
    expect(await search('_')).toEqual(['登记a_b类']);
  });
});
