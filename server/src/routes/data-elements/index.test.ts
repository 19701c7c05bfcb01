import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

describe('GET /api/data-elements', () => {
  it('lists the catalog dictionary for administrators and refuses applicants', async () => {
    // given the seeded catalog (restaurant and company fixtures carry data elements)
    const { app } = createTestApp();
    const county = api(app, await loginAs(app, 'county-admin.370811'));
    const citizen = api(app, await loginAs(app, 'citizen.demo'));
    // when
    const res = await county('GET', '/api/data-elements');
    // then
    expect(res.status).toBe(200);
    const { items } = await json(res);
    expect(items.find((e: { key: string }) => e.key === 'enterprise.uscc')).toMatchObject({ label: '统一社会信用代码', type: 'uscc' });
    expect((await citizen('GET', '/api/data-elements')).status).toBe(403);
  });
});
