import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client';
import { boot } from '../boot';
import { loadConfig, type Config } from '../config';
import { createApp } from '../http/app';
import { createLogger } from '../logger';

export const TEST_PASSWORD = 'yilian-demo';
export const TEST_NOW = '2025-09-26T02:00:00.000Z';

let template: Buffer | undefined;
let filesDir: string | undefined;

/** One temporary upload directory per test file (real files, like production). */
const testFilesDir = (): string => (filesDir ??= mkdtempSync(join(tmpdir(), 'yilian-test-files-')));

/** A migrated, seeded in-memory database, built once per test file and copied for each test. */
function seededTemplate(config: Config): Buffer {
  if (!template) {
    const deps = boot(config, { database: openDatabase(':memory:'), logger: createLogger({ silent: true }) });
    const copy = deps.db.$client.serialize();
    deps.close();
    template = copy;
    return copy;
  }
  return template;
}

/** A fresh app on its own copy of the seeded database, with a fixed clock and a low scrypt cost. */
export function createTestApp(overrides: Partial<Config> = {}) {
  const config = { ...loadConfig({ YILIAN_NOW: TEST_NOW, YILIAN_SCRYPT_COST: '1024', YILIAN_DB: ':memory:', YILIAN_FILES: testFilesDir() }), ...overrides };
  const database = openDatabase(seededTemplate(config));
  const logger = createLogger({ silent: true });
  const deps = boot(config, { database, logger });
  const app = createApp(deps);
  return { app, deps };
}

type TestApp = ReturnType<typeof createTestApp>['app'];

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
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
}
