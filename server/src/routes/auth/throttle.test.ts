import { describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD } from '../../testing/test-app';
import { json } from '../../testing/json';
import { rawSql } from '../../testing/tamper';

type App = ReturnType<typeof createTestApp>['app'];

/** A request as if it came over a socket from `address` (the binding node-server gives getConnInfo). */
const from = (app: App, address: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }, { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } } });

const login = (app: App, address: string, username: string, password: string, headers: Record<string, string> = {}) =>
  from(app, address, '/api/auth/login', { username, password }, headers);

const auditActions = async (deps: ReturnType<typeof createTestApp>['deps'], action: string) =>
  (await rawSql(deps.db, 'SELECT target_id AS "targetId", after FROM audit_log WHERE action = ? ORDER BY seq', action)) as Array<{ targetId: string | null; after: string }>;

describe('login throttle per username and client address', () => {
  it('locks only the (username, address) pair: the real user still signs in from another address', async () => {
    // given an attacker who failed 5 times for city-admin.370800 from 203.0.113.9
    const { app } = createTestApp();
    for (let i = 0; i < 5; i++) expect((await login(app, '203.0.113.9', 'city-admin.370800', 'wrong-password')).status).toBe(401);
    // when the attacker tries again, and the real admin signs in from the office
    const attacker = await login(app, '203.0.113.9', 'city-admin.370800', TEST_PASSWORD);
    const office = await login(app, '198.51.100.7', 'city-admin.370800', TEST_PASSWORD);
    // then only the attacker's address waits
    expect(attacker.status).toBe(429);
    expect(Number(attacker.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(office.status).toBe(200);
  });

  it('caps one address spraying many usernames at 50 failures', async () => {
    // given 50 failures from one address, each for a different username
    const { app } = createTestApp();
    for (let i = 0; i < 50; i++) expect((await login(app, '203.0.113.9', `nobody.${i}`, 'wrong-password')).status).toBe(401);
    // when that address tries a username it never tried, and another address does the same
    const sprayer = await login(app, '203.0.113.9', 'window-clerk.370811', TEST_PASSWORD);
    const other = await login(app, '198.51.100.7', 'window-clerk.370811', TEST_PASSWORD);
    // then the sprayer waits and the other address is not affected
    expect(sprayer.status).toBe(429);
    expect(other.status).toBe(200);
  });

  it('slows a username attacked from many addresses to one failure per address, never blocking a fresh one', async () => {
    // given 100 failures for one username, one from each of 100 addresses
    const { app } = createTestApp();
    for (let i = 0; i < 100; i++) expect((await login(app, `203.0.113.${i}`, 'county-admin.370811', 'wrong-password')).status).toBe(401);
    // when one of those addresses tries again, and an address that never failed signs in
    const again = await login(app, '203.0.113.3', 'county-admin.370811', 'another-guess');
    const fresh = await login(app, '198.51.100.7', 'county-admin.370811', TEST_PASSWORD);
    // then
    expect(again.status).toBe(429);
    expect(fresh.status).toBe(200);
  });

  it('ignores X-Forwarded-For unless the socket is a trusted proxy', async () => {
    // given a direct client that claims other addresses, and an app behind the proxy 10.0.0.2
    const direct = createTestApp().app;
    const proxied = createTestApp({ trustedProxies: ['10.0.0.2'] }).app;
    for (let i = 0; i < 5; i++) {
      await login(direct, '203.0.113.9', 'supervisor.370800', 'wrong-password', { 'x-forwarded-for': `192.0.2.${i}` });
      await login(proxied, '10.0.0.2', 'supervisor.370800', 'wrong-password', { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.9` });
    }
    // when a sixth attempt claims yet another forwarded address
    const directNext = await login(direct, '203.0.113.9', 'supervisor.370800', TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.99' });
    const proxiedNext = await login(proxied, '10.0.0.2', 'supervisor.370800', TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.99, 203.0.113.9' });
    const proxiedOther = await login(proxied, '10.0.0.2', 'supervisor.370800', TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' });
    // then the direct client is counted by its socket, and behind the proxy by the right-most untrusted entry
    expect(directNext.status).toBe(429);
    expect(proxiedNext.status).toBe(429);
    expect(proxiedOther.status).toBe(200);
  });

  it('audits each failed login and the lockout, with the client address', async () => {
    // given
    const { app, deps } = createTestApp();
    // when one address fails 5 times for a real user and once for an unknown one
    for (let i = 0; i < 5; i++) await login(app, '203.0.113.9', 'window-clerk.370811', 'wrong-password');
    await login(app, '203.0.113.9', '13812345678', 'wrong-password');
    // then 6 failures and one lockout are in the audit log, the mobile username masked
    const failures = await auditActions(deps, 'auth.login_failed');
    expect(failures).toHaveLength(6);
    expect(JSON.parse(failures[0]!.after)).toEqual({ username: 'window-clerk.370811', client: '203.0.113.9', reason: 'wrong_password' });
    expect(failures[0]!.targetId).toEqual(expect.any(String));
    expect(JSON.parse(failures[5]!.after)).toMatchObject({ username: '138****5678', reason: 'unknown_user' });
    expect(failures[5]!.targetId).toBeNull();
    const locked = await auditActions(deps, 'auth.locked');
    expect(locked).toHaveLength(1);
    expect(JSON.parse(locked[0]!.after)).toMatchObject({ username: 'window-clerk.370811', client: '203.0.113.9', scope: 'pair' });
  });
});

describe('registration rate limit per client address', () => {
  const citizen = (i: number) => ({ accountType: 'citizen', mobile: `139${String(i).padStart(8, '0')}`, password: 'secret-123-x', name: '李四', idNumber: '370811199001011236' });

  it('answers 429 with Retry-After after 20 sign-ups an hour from one address, not for another address', async () => {
    // given 20 sign-ups from one address
    const { app } = createTestApp();
    for (let i = 0; i < 20; i++) expect((await from(app, '203.0.113.9', '/api/auth/register', citizen(i))).status).toBe(201);
    // when a 21st comes from it, and one from another address
    const flood = await from(app, '203.0.113.9', '/api/auth/register', citizen(20));
    const other = await from(app, '198.51.100.7', '/api/auth/register', citizen(21));
    // then
    expect(flood.status).toBe(429);
    expect(Number(flood.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json(flood)).error.code).toBe('throttled');
    expect(other.status).toBe(201);
  });
});
