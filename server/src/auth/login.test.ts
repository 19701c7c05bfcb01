import { describe, expect, it, vi } from 'vitest';
import { createTestApp, TEST_PASSWORD } from '../testing/test-app';
import { login } from './login';
import { dummyHash } from './dummy-hash';
import { verifyPassword } from './password';
import { rawSql } from '../testing/tamper';

describe('login verifies every attempt against a hash', () => {
  it('verifies unknown and disabled usernames against the dummy hash, real ones against their own', async () => {
    // given a disabled account and a verifier that records which hash it is asked about
    const { deps } = createTestApp();
    await rawSql(deps.db, "UPDATE users SET status = 'disabled' WHERE username = 'supervisor.370811'");
    const verify = vi.fn(verifyPassword);
    const opts = { sessionHours: 1, scryptCost: deps.config.scryptCost, verify };
    const now = deps.clock.now();
    const attempt = (username: string, password = 'wrong-password') => login(deps.db, { username, password, client: '' }, now, opts).catch((e: unknown) => e);
    // when an unknown, a disabled and a real username are tried
    await attempt('nobody.here');
    await attempt('supervisor.370811', TEST_PASSWORD);
    await attempt('window-clerk.370811');
    // then the first two were checked against the dummy hash at the configured cost, the last against its own
    const dummy = await dummyHash(deps.config.scryptCost);
    const [stored] = (await rawSql(deps.db, "SELECT password_hash AS h FROM users WHERE username = 'window-clerk.370811'")) as Array<{ h: string }>;
    expect(verify.mock.calls.map((c) => c[1])).toEqual([dummy, dummy, stored!.h]);
    expect(dummy.split('$')[1]).toBe(String(deps.config.scryptCost));
  });
});
