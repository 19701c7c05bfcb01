import { existsSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { loadHarness, type ThrowawayPostgres } from './postgres';

// The harness `npm test` uses (.ci/postgres.mjs), started and stopped here on its own.
describe('throwaway PostgreSQL harness', () => {
  let server: ThrowawayPostgres | undefined;
  afterAll(() => server?.stop());

  it('starts a fast, C-collated PostgreSQL with an ordinary role owning its database, and stops it by PID', async () => {
    const harness = await loadHarness();
    server = await harness.startPostgres({ log: () => undefined });
    expect(server.url).toMatch(/^postgres:\/\/yilian:[\w-]+@127\.0\.0\.1:\d+\/yilian$/);
    expect(harness.isRunning(server.pid)).toBe(true);
    if (process.getuid?.() === 0) expect(statSync(`${server.dir}/data`).uid).not.toBe(0);

    const client = new pg.Client({ connectionString: server.url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rows } = await client.query<Record<string, string | boolean>>(`
        SELECT r.rolsuper AS superuser, r.rolcreaterole AS createrole, d.datcollate AS collate, d.datctype AS ctype,
               pg_get_userbyid(d.datdba) AS owner, current_setting('fsync') AS fsync,
               current_setting('synchronous_commit') AS sync, current_setting('full_page_writes') AS fpw
          FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`);
      expect(rows[0]).toEqual({ superuser: false, createrole: false, collate: 'C', ctype: 'C', owner: 'yilian', fsync: 'off', sync: 'off', fpw: 'off' });
    } finally {
      await client.end();
    }
    expect(existsSync(`${server.dir}/socket/.s.PGSQL.${server.port}`)).toBe(true);

    const { pid, dir } = server;
    server.stop();
    expect(harness.isRunning(pid)).toBe(false);
    expect(existsSync(dir)).toBe(false);
    expect(() => server?.stop()).not.toThrow();
  }, 180_000);

  it('fails saying PostgreSQL could not be started and why', async () => {
    const harness = await loadHarness();
    await expect(harness.startPostgres({ log: () => undefined, bin: '/nonexistent/bin' })).rejects.toThrow(/^PostgreSQL could not be started for the tests: initdb failed/);
  });
});
