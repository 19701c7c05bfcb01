/**
 * The audit log at scale and the chain list. Seeds 100,000 audit entries into a file database, starts
 * a verification through the API and measures /api/health while it runs; times the chain list from
 * stored figures against recomposing every chain (what the list did before). Prints:
 *   BENCH audit_verify_100k_ms <ms> ms
 *   BENCH audit_verify_100k_health_p99_ms <ms> ms
 *   BENCH chain_list_ms <median ms> ms
 *   BENCH chain_list_recompose_ms <median ms> ms
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { boot } from '../src/boot';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createApp } from '../src/http/app';
import { openSqliteDatabase } from '../src/db/sqlite-database';
import { appendAuditEntries } from '../src/testing/audit-entries';
import { chainList } from '../src/chains/chain-list';
import { listChains } from '../src/chains/chain-queries';
import { computeChainFigures } from '../src/chains/chain-figures';

const dir = mkdtempSync(join(tmpdir(), 'yilian-audit-bench-'));
const config = loadConfig({
  YILIAN_DB: join(dir, 'bench.db'), YILIAN_FILES: join(dir, 'files'), YILIAN_SCRYPT_COST: '1024', YILIAN_NOW: '2025-09-26T02:00:00Z',
  YILIAN_AUDIT_KEY: join(dir, 'audit.pem'), YILIAN_AUDIT_CHECKPOINTS: join(dir, 'checkpoints.jsonl'),
});
const database = openSqliteDatabase(config.dbPath);
const deps = await boot(config, { database, logger: createLogger({ silent: true }) });
await appendAuditEntries(database, 100_000);
const app = createApp(deps);
// A real HTTP server: requests arrive over sockets, as in production.
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const fmt = (ms: number): string => ms.toFixed(3);
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username: 'city-admin.370800', password: config.demoPassword }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;

let done = false;
const t0 = performance.now();
const verification = fetch(`${base}/api/audit/verify`, { headers: { cookie } }).then(async (res) => {
  const body = (await res.json()) as { ok: boolean; count: number };
  done = true;
  if (!body.ok || body.count < 100_000) throw new Error(`verification failed: ${JSON.stringify(body)}`);
  return performance.now() - t0;
});
const health: number[] = [];
while (!done) {
  const start = performance.now();
  await (await fetch(`${base}/api/health`)).arrayBuffer();
  health.push(performance.now() - start);
}
process.stdout.write(`BENCH audit_verify_100k_ms ${fmt(await verification)} ms\n`);
process.stderr.write(`samples ${health.length} p50 ${pct(health, 0.5).toFixed(1)} p90 ${pct(health, 0.9).toFixed(1)} top ${[...health].sort((a, b) => b - a).slice(0, 8).map((x) => x.toFixed(0)).join(",")}\n`);
process.stdout.write(`BENCH audit_verify_100k_health_p99_ms ${fmt(pct(health, 0.99))} ms\n`);

const median = async (fn: () => Promise<unknown>, runs = 30): Promise<number> => {
  for (let i = 0; i < 3; i += 1) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    xs.push(performance.now() - start);
  }
  return pct(xs, 0.5);
};
process.stdout.write(`BENCH chain_list_ms ${fmt(await median(() => chainList(deps.db)))} ms\n`);
const recompose = async () => Promise.all((await listChains(deps.db.read)).map((chain) => computeChainFigures(deps.db.read, chain)));
process.stdout.write(`BENCH chain_list_recompose_ms ${fmt(await median(recompose))} ms\n`);
server.close();
await deps.close();
rmSync(dir, { recursive: true, force: true });
