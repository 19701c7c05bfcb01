import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config';

export const TEST_PASSWORD = 'yilian-demo';
export const TEST_NOW = '2025-09-26T02:00:00.000Z';

let filesDir: string | undefined;

/** One temporary upload directory per test file (real files, like production). */
const testFilesDir = (): string => (filesDir ??= mkdtempSync(join(tmpdir(), 'yilian-test-files-')));

let auditDir: string | undefined;

/** One audit signing key per test file; one checkpoint file per test app (each app has its own database). */
const testAuditDir = (): string => (auditDir ??= mkdtempSync(join(tmpdir(), 'yilian-test-audit-')));
const freshCheckpointFile = (): string => join(mkdtempSync(join(testAuditDir(), 'app-')), 'checkpoints.jsonl');

/** The configuration of API tests: a fixed clock, a low scrypt cost, a per-file audit key and a per-app checkpoint file. */
export const testConfig = (): Config => loadConfig({
  YILIAN_NOW: TEST_NOW, YILIAN_SCRYPT_COST: '1024', YILIAN_DB: ':memory:', YILIAN_FILES: testFilesDir(),
  YILIAN_AUDIT_KEY: join(testAuditDir(), 'audit-signing.pem'), YILIAN_AUDIT_CHECKPOINTS: freshCheckpointFile(),
});
