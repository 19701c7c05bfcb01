import { describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../db/sqlite-database';
import { boot } from '../boot';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { demoUsernames } from './demo-off';

const config = (demo: 'on' | 'off') => loadConfig({ YILIAN_NOW: '2025-09-26T02:00:00.000Z', YILIAN_SCRYPT_COST: '1024', YILIAN_DB: ':memory:', YILIAN_DEMO: demo });
const logger = createLogger({ silent: true });

describe('YILIAN_DEMO=off', () => {
  it('boots a new database without any demo account, but with the tenants', async () => {
    // given / when
    const database = openSqliteDatabase(':memory:');
    const deps = await boot(config('off'), { database, logger });
    // then
    expect(deps.seed.users).toBe(0);
    expect(database.execRaw('SELECT count(*) AS n FROM users')).toEqual([{ n: 0 }]);
    expect((database.execRaw('SELECT count(*) AS n FROM tenants')[0] as { n: number }).n).toBe(15);
    await deps.close();
  });

  it('disables (not deletes) the demo accounts of an existing database at boot, ends their sessions, audited once', async () => {
    // given a database booted in demo mode, with a demo session
    const database = openSqliteDatabase(':memory:');
    await boot(config('on'), { database, logger });
    database.execRaw("INSERT INTO sessions (token_hash, user_id, active_tenant_id, created_at, expires_at) SELECT 'h', id, tenant_id, '2025-09-26T02:00:00.000Z', '2099-01-01T00:00:00.000Z' FROM users WHERE username = 'city-admin.370800'");
    // when it boots with YILIAN_DEMO=off, twice
    const off = await boot(config('off'), { database, logger });
    const again = await boot(config('off'), { database, logger });
    // then every demo account is disabled, none deleted, and the change is audited once
    const names = demoUsernames();
    expect(off.seed.demoDisabled).toBe(names.length);
    expect(again.seed.demoDisabled).toBe(0);
    expect(database.execRaw("SELECT count(*) AS n FROM users WHERE status = 'disabled'")).toEqual([{ n: names.length }]);
    expect(database.execRaw('SELECT count(*) AS n FROM sessions')).toEqual([{ n: 0 }]);
    const audit = database.execRaw("SELECT after FROM audit_log WHERE action = 'demo.disabled'") as Array<{ after: string }>;
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after).usernames).toContain('city-admin.370800');
    await off.close();
  });
});
