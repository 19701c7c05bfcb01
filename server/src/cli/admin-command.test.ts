import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../db/sqlite-database';
import { boot } from '../boot';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { createApp } from '../http/app';
import { runAdminCommand } from './admin-command';

const config = loadConfig({ YILIAN_NOW: '2025-09-26T02:00:00.000Z', YILIAN_SCRYPT_COST: '1024', YILIAN_DB: ':memory:', YILIAN_DEMO: 'off' });

async function run(args: string[], stdin: string) {
  const database = openSqliteDatabase(':memory:');
  const deps = await boot(config, { database, logger: createLogger({ silent: true }) });
  const out = new PassThrough();
  const err = new PassThrough();
  const io = { stdin: Readable.from([stdin]), stdout: out, stderr: err };
  const cli = { db: deps.db, now: deps.clock.now(), scryptCost: config.scryptCost };
  const code = await runAdminCommand(cli, args, io);
  const again = async (input: string) => runAdminCommand(cli, args, { ...io, stdin: Readable.from([input]) });
  return { code, deps, database, again, stdout: () => String(out.read() ?? ''), stderr: () => String(err.read() ?? '') };
}

describe('pnpm yilian admin create', () => {
  it('creates the first city administrator from the password on stdin, audited, who can sign in', async () => {
    // given a database started with YILIAN_DEMO=off, when the admin is created with a piped password
    const { code, deps, database, stdout } = await run(['create', '--tenant', '370800', '--username', 'li.admin'], 'Qz7!jining-city\n');
    // then
    expect(code).toBe(0);
    expect(stdout()).toContain('li.admin');
    const audit = database.execRaw("SELECT tenant_id AS tenantId, after FROM audit_log WHERE action = 'user.create'") as Array<{ tenantId: string; after: string }>;
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ username: 'li.admin', via: 'cli', roles: [{ role: 'city-admin' }] });
    const res = await createApp(deps).request('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'li.admin', password: 'Qz7!jining-city' }),
    });
    expect(res.status).toBe(200);
  });

  it('refuses a weak password by the shared rule, and an existing username', async () => {
    // given / when
    const weak = await run(['create', '--tenant', '370800', '--username', 'li.admin'], 'password\n');
    const first = await run(['create', '--tenant', '370800', '--username', 'li.admin'], 'Qz7!jining-city\n');
    const twice = await first.again('Qz7!another-one\n');
    // then
    expect(weak.code).toBe(1);
    expect(weak.stderr()).toMatch(/^password: /);
    expect(weak.database.execRaw('SELECT count(*) AS n FROM users')).toEqual([{ n: 0 }]);
    expect(first.code).toBe(0);
    expect(twice).toBe(1);
    expect(first.stderr()).toContain('already exists');
  });

  it('runs as the real command with the password piped in', async () => {
    // given an empty database file
    const dir = mkdtempSync(join(tmpdir(), 'yilian-cli-'));
    // when
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'admin', 'create', '--tenant', '370800', '--username', 'wang.admin'], {
      input: 'Qz7!jining-city\n',
      env: { ...process.env, YILIAN_DB: join(dir, 'y.db'), YILIAN_FILES: join(dir, 'files'), YILIAN_SCRYPT_COST: '1024', YILIAN_DEMO: undefined },
      encoding: 'utf8',
    });
    // then the admin exists and no demo account was seeded
    expect(out).toContain('wang.admin');
    const db = openSqliteDatabase(join(dir, 'y.db'));
    expect(db.execRaw('SELECT username FROM users')).toEqual([{ username: 'wang.admin' }]);
    await db.close();
  }, 60_000);
});
