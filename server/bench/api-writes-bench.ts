/**
 * Audited API writes per second on each dialect: the same endpoint (POST /api/chains, a draft chain
 * and its audit entry), the same client concurrency, one run. SQLite on a temporary file (WAL, as in
 * production); PostgreSQL on a throwaway server (.ci/postgres.mjs) with the default pool. Prints:
 *   BENCH api_writes_per_s_sqlite <writes/s> writes/s
 *   BENCH api_writes_per_s_pg <writes/s> writes/s
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot } from '../src/boot';
import { loadConfig } from '../src/config';
import { createApp } from '../src/http/app';
import { createLogger } from '../src/logger';
import { createTestDatabase, testPostgres } from '../src/testing/postgres';

const WRITES = 400;
const CONCURRENCY = 16;

async function writesPerSecond(dbTarget: string, label: string): Promise<number> {
  const files = mkdtempSync(join(tmpdir(), 'yilian-bench-files-'));
  const config = loadConfig({ YILIAN_DB: dbTarget, YILIAN_SCRYPT_COST: '1024', YILIAN_NOW: '2025-09-26T02:00:00Z', YILIAN_FILES: files });
  const deps = await boot(config, { logger: createLogger({ silent: true }) });
  try {
    const app = createApp(deps);
    const login = await app.request('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'city-admin.370800', password: 'yilian-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    let next = 0;
    let failed = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < WRITES; i = next++) {
        const recipe = { code: `YL-370800-BN-${String(i).padStart(4, '0')}`, name: `压测 ${i}`, subject: '法人', matters: ['000131127004'], situations: [], applicability: {} };
        const res = await app.request('/api/chains', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ recipe }) });
        if (res.status !== 201) failed += 1;
        await res.arrayBuffer();
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - t0) / 1000;
    if (failed > 0) throw new Error(`${label}: ${failed} of ${WRITES} writes failed`);
    return WRITES / seconds;
  } finally {
    await deps.close();
    rmSync(files, { recursive: true, force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'yilian-bench-db-'));
try {
  const sqlite = await writesPerSecond(join(dir, 'bench.db'), 'sqlite');
  process.stdout.write(`BENCH api_writes_per_s_sqlite ${sqlite.toFixed(1)} writes/s\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const server = await testPostgres();
try {
  const database = await createTestDatabase(server.url);
  const pg = await writesPerSecond(database.url, 'pg');
  process.stdout.write(`BENCH api_writes_per_s_pg ${pg.toFixed(1)} writes/s\n`);
  await database.drop();
} finally {
  server.stop();
}
