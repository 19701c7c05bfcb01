import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';

/** The CSP header as directive → sources. */
const directives = (res: Response): Map<string, string[]> => {
  const csp = res.headers.get('content-security-policy') ?? '';
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
};

const expectHtmlPolicy = (res: Response) => {
  const csp = directives(res);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('same-origin');
};

describe('security headers', () => {
  it('gives HTML responses a strict script policy, no framing, nosniff and a same-origin referrer', async () => {
    // given the app
    const call = api(createTestApp().app);
    // when an HTML page is served (the API reference; the SPAs pass the same middleware)
    const docs = await call('GET', '/api/docs');
    const spa = await call('GET', '/designer/login');
    // then
    expect(docs.headers.get('content-type')).toMatch(/text\/html/);
    expectHtmlPolicy(docs);
    expectHtmlPolicy(spa);
  });

  it('marks every API answer no-store and nosniff, errors included', async () => {
    // given
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    // when / then
    for (const res of [await call('GET', '/api/health'), await call('GET', '/api/chains'), await call('GET', '/api/nope'), await call('POST', '/api/auth/login', '{')]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const badPath = await call('GET', '/%E0%A4%A');
    expect(badPath.status).toBe(400);
    expectHtmlPolicy(badPath);
  });
});
