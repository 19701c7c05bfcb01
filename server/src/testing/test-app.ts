import { clockFor } from '../boot';
import type { Config } from '../config';
import { createApp } from '../http/app';
import { createLogger } from '../logger';
import { directoryFileStore } from '../files/file-store';
import { testTemplate } from './test-database';
import { seedTestDatabase } from './seed-test-database';
import { TEST_PASSWORD, testConfig } from './test-config';
import { anchorWithKey } from '../audit/anchor';
import { loadSigningKey } from '../audit/integrity/signing-key';

export { TEST_NOW, TEST_PASSWORD } from './test-config';

/** A migrated, seeded database (SQLite in memory or PostgreSQL: ./test-database.ts), built once per test file and copied for each test. */
const template = await testTemplate(seedTestDatabase);

/**
 * A fresh app on its own copy of the seeded database (migrated and seeded once per test file), with a
 * fixed clock and a low scrypt cost.
 */
export function createTestApp(overrides: Partial<Config> = {}) {
  const config = { ...testConfig(), ...overrides };
  const db = template.open();
  const audit = anchorWithKey(loadSigningKey(config.audit.keyPath, { mayCreate: true }).pem, config.audit);
  const deps = {
    db, clock: clockFor(config), config, logger: createLogger({ silent: !process.env.YILIAN_TEST_LOG }), files: directoryFileStore(config.filesDir), audit,
    ready: { value: true, migrations: template.migrations }, close: () => db.close(),
  };
  const app = createApp(deps);
  return { app, deps };
}

/** What the helpers need of an app: an in-process Hono app, or a node reached over HTTP. */
type TestApp = { request(path: string, init?: RequestInit): Response | Promise<Response> };

/** Logs in through the API and returns a cookie header for later requests. */
export async function loginAs(app: TestApp, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

/** A JSON request helper carrying the session cookie. */
export function api(app: TestApp, cookie?: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    app.request(path, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
}
