import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config';

export const TEST_PASSWORD = 'yilian-demo';
export const TEST_NOW = '2025-09-26T02:00:00.000Z';

let filesDir: string | undefined;

/** One temporary upload directory per test file (real files, like production). */
const testFilesDir = (): string => (filesDir ??= mkdtempSync(join(tmpdir(), 'yilian-test-files-')));

/** The configuration of API tests: a fixed clock, a low scrypt cost. */
export const testConfig = (): Config => loadConfig({ YILIAN_NOW: TEST_NOW, YILIAN_SCRYPT_COST: '1024', YILIAN_DB: ':memory:', YILIAN_FILES: testFilesDir() });
