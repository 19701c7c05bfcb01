// Runs every test layer (lint, type-check, unit + API, build, e2e), prints each layer's duration and
// ends with one plain line `N passed, N failed` totalling every suite. Exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureBuild, pnpmEnv } from './setup.mjs';
import { startPostgres } from './postgres.mjs';

const REPORTS = join(ROOT, '.yilian', 'reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const layers = [];

function exec(cmd, args, cwd = ROOT, env = {}) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: pnpmEnv(env) });
  return r.status ?? 1;
}

/** The throwaway PostgreSQL of the server layer and the command running on it, ended on SIGINT/SIGTERM too. */
let postgres;
let child;
/** Commands running with collected output (concurrent layers), ended on SIGINT/SIGTERM too. */
const collected = new Set();
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    for (const proc of collected) proc.kill('SIGTERM');
    postgres?.stop();
    console.error(`\n✖ ${signal}: stopped`);
    process.exit(code);
  });
}

/** Like exec, without blocking the event loop (so a signal stops the run and its PostgreSQL at once). */
function execAsync(cmd, args, cwd = ROOT, env = {}) {
  return new Promise((resolve) => {
    // Its own process group, so a signal ends the whole command (pnpm and the vitest under it).
    child = spawn(cmd, args, { cwd, stdio: 'inherit', env: pnpmEnv(env), detached: true });
    child.on('error', () => resolve(1));
    child.on('exit', (status) => {
      child = undefined;
      resolve(status ?? 1);
    });
  });
}

/** Runs a command with its output collected (printed by the caller), not blocking the event loop. */
function execCollected(cmd, args, cwd = ROOT, env = {}) {
  return new Promise((resolve) => {
    const chunks = [];
    const proc = spawn(cmd, args, { cwd, env: pnpmEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    collected.add(proc);
    proc.stdout.on('data', (d) => chunks.push(d));
    proc.stderr.on('data', (d) => chunks.push(d));
    proc.on('error', (err) => resolve({ status: 1, output: String(err) }));
    proc.on('close', (status) => {
      collected.delete(proc);
      resolve({ status: status ?? 1, output: Buffer.concat(chunks).toString() });
    });
  });
}

/**
 * Runs independent layers at the same time (each mostly single-threaded: lint, type-check), then
 * prints each one's output and records its own duration, in the given order.
 */
async function concurrentLayers(entries) {
  const runs = entries.map(async ({ name, fn }) => {
    const t0 = Date.now();
    const log = [];
    let result;
    try {
      result = await fn(log);
    } catch (err) {
      log.push(String(err));
      result = { passed: 0, failed: 1 };
    }
    return { name, seconds: (Date.now() - t0) / 1000, log, ...result };
  });
  for (const done of await Promise.all(runs)) {
    console.log(`\n━━ ${done.name} ━━`);
    for (const text of done.log) process.stdout.write(text);
    const { log: _log, ...row } = done;
    layers.push(row);
  }
}

async function layer(name, fn) {
  console.log(`\n━━ ${name} ━━`);
  const t0 = Date.now();
  let result;
  try {
    result = await fn();
  } catch (err) {
    console.error(err);
    result = { passed: 0, failed: 1 };
  }
  layers.push({ name, seconds: (Date.now() - t0) / 1000, ...result });
}

const binary = (status) => (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Runs one package's vitest suite (or the one of `config`) and counts its tests from the JSON reporter. */
async function vitest(pkg, { config, name = pkg, env = {}, files = [] } = {}) {
  const out = join(REPORTS, `vitest-${name}.json`);
  const args = ['exec', 'vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...files];
  const status = await execAsync('pnpm', args, join(ROOT, pkg), env);
  const report = readJson(out);
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

/** Runs the Playwright suite and counts its tests from the JSON reporter. */
function playwright() {
  const out = join(REPORTS, 'playwright.json');
  const status = exec('pnpm', ['exec', 'playwright', 'test'], join(ROOT, 'e2e'), { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson(out);
  if (!report?.stats) return { passed: 0, failed: 1 };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  const failed = unexpected + (status !== 0 && unexpected === 0 ? 1 : 0);
  return { passed: expected + flaky, failed };
}

const PACKAGES = ['shared', 'runtime', 'designer', 'server', 'e2e'];
const TESTED = ['shared', 'runtime', 'designer', 'server'].filter((p) => existsSync(join(ROOT, p, 'vitest.config.ts')));
/** Vitest browser mode (real Chromium, the e2e's): packages with a vitest.browser.config.ts. */
const BROWSER_TESTED = ['runtime', 'designer'].filter((p) => existsSync(join(ROOT, p, 'vitest.browser.config.ts')));

/** The server's API test files (those building apps with createTestApp, src/testing/test-app.ts), relative to server/. */
function apiTestFiles() {
  const src = join(ROOT, 'server', 'src');
  return readdirSync(src, { recursive: true })
    .filter((f) => f.endsWith('.test.ts') && readFileSync(join(src, f), 'utf8').includes('createTestApp('))
    .map((f) => join('src', f));
}

/**
 * The server's suite runs on SQLite, then its API files again on a throwaway PostgreSQL (.ci/postgres.mjs), whose URL it gets
 * as YILIAN_TEST_PG; when PostgreSQL cannot be installed or started this layer fails saying so, and the
 * suite's PostgreSQL tests fail with the same reason (YILIAN_TEST_PG_ERROR) instead of being skipped.
 */
async function serverLayer() {
  let env;
  let pgFailed = 0;
  try {
    const t0 = Date.now();
    postgres = await startPostgres();
    console.log(`› throwaway PostgreSQL on port ${postgres.port} (pid ${postgres.pid}), started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    env = { YILIAN_TEST_PG: postgres.url };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`✖ ${message}`);
    env = { YILIAN_TEST_PG_ERROR: message };
    pgFailed = 1;
  }
  try {
    const result = await vitest('server', { env });
    // Then the API suite again, every app on PostgreSQL (src/testing/test-database.ts).
    console.log('\n› the API suite on PostgreSQL (YILIAN_TEST_DIALECT=postgres)');
    const t0 = Date.now();
    const onPg = await vitest('server', { name: 'server-pg', env: { ...env, YILIAN_TEST_DIALECT: 'postgres' }, files: apiTestFiles() });
    console.log(`› API suite on PostgreSQL: ${onPg.passed} passed, ${onPg.failed} failed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return { passed: result.passed + onPg.passed, failed: result.failed + onPg.failed + pgFailed };
  } finally {
    postgres?.stop();
    postgres = undefined;
  }
}

await concurrentLayers([
  {
    name: 'lint (eslint)',
    fn: async (log) => {
      const { status, output } = await execCollected('pnpm', ['exec', 'eslint', '.', '--max-warnings=0']);
      log.push(output);
      return binary(status);
    },
  },
  {
    name: 'type-check',
    fn: async (log) => {
      let passed = 0;
      let failed = 0;
      for (const p of PACKAGES) {
        const { status, output } = await execCollected('pnpm', ['--filter', `@yilian/${p}`, 'run', 'typecheck']);
        log.push(output);
        if (status === 0) passed += 1;
        else failed += 1;
      }
      return { passed, failed };
    },
  },
]);
for (const p of TESTED) {
  if (p === 'server') await layer('unit + API (server, SQLite + PG)', serverLayer);
  else await layer(`unit + API (${p})`, () => vitest(p));
}
for (const p of BROWSER_TESTED) await layer(`browser (${p})`, () => vitest(p, { config: 'vitest.browser.config.ts', name: `${p}-browser` }));
await layer('build', () => binary(ensureBuild()));
if (layers.at(-1)?.failed === 0) await layer('e2e (Playwright + Chromium)', playwright);

console.log('\n━━ summary ━━');
for (const l of layers) {
  console.log(`${l.name.padEnd(32)} ${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(3)} failed  ${l.seconds.toFixed(1)} s`);
}
const passed = layers.reduce((s, l) => s + l.passed, 0);
const failed = layers.reduce((s, l) => s + l.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
