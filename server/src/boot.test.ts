import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boot } from './boot';
import { loadConfig } from './config';
import { createLogger } from './logger';

const dir = mkdtempSync(join(tmpdir(), 'yilian-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (file: string, env: Record<string, string> = {}) =>
  loadConfig({ YILIAN_DB: join(dir, file), YILIAN_FILES: join(dir, 'files'), YILIAN_SCRYPT_COST: '1024', YILIAN_NOW: '2025-09-26T02:00:00.000Z', ...env });
const logger = createLogger({ silent: true });

describe('boot on SQLite with YILIAN_MIGRATE=off', () => {
  it('refuses a missing database file, naming `pnpm yilian migrate`, and creates nothing', async () => {
    await expect(boot(config('missing.db', { YILIAN_MIGRATE: 'off' }), { logger })).rejects.toThrow(/pnpm yilian migrate/);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });

  it('serves a database migrated beforehand without seeding it again', async () => {
    const first = await boot(config('ready.db'), { logger });
    await first.close();
    expect(first.seed.tenants).toBeGreaterThan(0);
    const node = await boot(config('ready.db', { YILIAN_MIGRATE: 'off' }), { logger });
    await node.close();
    expect(node.seed.tenants).toBe(0);
    expect(node.ready.migrations).toBe(first.ready.migrations);
  });
});
