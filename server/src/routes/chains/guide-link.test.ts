import { describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

const RESTAURANT = 'YL-370800-CY-001';

/** The guide's link as answered to a request whose Host header (and so URL) names an attacker's site. */
async function guideLinkUnderHostileHost(overrides: Parameters<typeof createTestApp>[0] = {}): Promise<string> {
  const { app } = createTestApp(overrides);
  const cookie = await loginAs(app, 'city-admin.370800');
  const hostile = { cookie, host: 'evil.example' };
  const { items } = await json<{ items: { id: string; code: string }[] }>(await app.request('http://evil.example/api/chains', { headers: hostile }));
  const chain = items.find((c) => c.code === RESTAURANT)!;
  const res = await app.request(`http://evil.example/api/chains/${chain.id}/guide`, { headers: hostile });
  expect(res.status).toBe(200);
  return (await json<{ onlineUrl: string }>(res)).onlineUrl;
}

describe('the guide link never comes from the Host header', () => {
  it('is relative when no public URL is configured', async () => {
    expect(await guideLinkUnderHostileHost()).toBe(`/chains/${RESTAURANT}/guide`);
  });

  it('uses YILIAN_PUBLIC_URL when configured', async () => {
    expect(await guideLinkUnderHostileHost({ publicUrl: 'https://yilian.example.gov.cn' })).toBe(`https://yilian.example.gov.cn/chains/${RESTAURANT}/guide`);
  });
});
