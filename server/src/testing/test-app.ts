import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from '../db/sqlite-database';
import { boot, clockFor } from '../boot';
import { loadConfig, type Config } from '../config';
import { createApp } from '../http/app';
import { createLogger } from '../logger';
import { directoryFileStore } from '../files/file-store';
import { anchorWithKey } from '../audit/anchor';
import { loadSigningKey } from '../audit/integrity/signing-key';

export const TEST_PASSWORD = 'yilian-demo';
export const TEST_NOW = '2025-09-26T02:00:00.000Z';

let filesDir: string | undefined;

/** One temporary upload directory per test file (real files, like production). */
const testFilesDir = (): string => (filesDir ??= mkdtempSync(join(tmpdir(), 'yilian-test-files-')));

let auditDir: string | undefined;

/** One audit signing key per test file; one checkpoint file per test app (each app has its own database). */
const testAuditDir = (): string => (auditDir ??= mkdtempSync(join(tmpdir(), 'yilian-test-audit-')));
const freshCheckpointFile = (): string => join(mkdtempSync(join(testAuditDir(), 'app-')), 'checkpoints.jsonl');

const testConfig = (): Config => loadConfig({
  YILIAN_NOW: TEST_NOW, YILIAN_SCRYPT_COST: '1024', YILIAN_DB: ':memory:', YILIAN_FILES: testFilesDir(),
  YILIAN_AUDIT_KEY: join(testAuditDir(), 'audit-signing.pem'), YILIAN_AUDIT_CHECKPOINTS: freshCheckpointFile(),
});

/** A migrated, seeded in-memory database, built once per test file and copied for each test. */
async function seededTemplate(): Promise<{ image: Buffer; migrations: number }> {
  const database = openSqliteDatabase(':memory:');
  const deps = await boot(testConfig(), { database, logger: createLogger({ silent: true }) });
  const image = database.serialize();
  await deps.close();
  return { image, migrations: deps.ready.migrations };
}

const template = await seededTemplate();

/**
 * A fresh app on its own copy of the seeded database (migrated and seeded once per test file), with a
 * fixed clock and a low scrypt cost.
 */
export function createTestApp(overrides: Partial<Config> = {}) {
  const config = { ...testConfig(), ...overrides };
  const db = openSqliteDatabase(template.image);
  const audit = anchorWithKey(loadSigningKey(config.audit.keyPath, { mayCreate: true }).pem, config.audit);
  const deps = {
    db, clock: clockFor(config), config, logger: createLogger({ silent: true }), files: directoryFileStore(config.filesDir), audit,
    ready: { value: true, migrations: template.migrations }, close: () => db.close(),
  };
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
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    app.request(path, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
}
