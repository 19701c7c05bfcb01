// A throwaway PostgreSQL for test runs (Node built-ins only): initdb in a temp dir (as the `postgres`
// OS user when run as root — initdb refuses root), fsync off, a free port on 127.0.0.1, the unix socket
// inside the temp dir, and an ordinary role `yilian` (NOSUPERUSER; CREATEDB so tests can make one
// database per test file) owning a C-collated UTF-8 database `yilian`. Stopped by its PID
// (pg_ctl stop -m immediate, then a kill), also when the process exits, fails or gets SIGINT/SIGTERM.
// Installs Debian's `postgresql` package when no initdb is found; fails saying so when it cannot.
//
// CLI: `node .ci/postgres.mjs` starts one, prints its URL and stops it on SIGINT/SIGTERM.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_MAJOR = 15;

export class PostgresUnavailableError extends Error {
  constructor(message) {
    super(`PostgreSQL could not be started for the tests: ${message}`);
    this.name = 'PostgresUnavailableError';
  }
}

const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', ...opts });

/** The bin dir of the newest PostgreSQL ≥ 15 (Debian's layout, then `initdb` on PATH), or undefined. */
export function findPostgresBin() {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const majors = readdirSync(base).map(Number).filter((n) => n >= MIN_MAJOR).sort((a, b) => b - a);
    for (const m of majors) {
      const bin = join(base, String(m), 'bin');
      if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
    }
  }
  const which = sh('sh', ['-c', 'command -v initdb']);
  if (which.status === 0 && which.stdout.trim()) {
    const real = sh('readlink', ['-f', which.stdout.trim()]).stdout.trim();
    const bin = real.slice(0, real.lastIndexOf('/'));
    const version = sh(join(bin, 'initdb'), ['--version']).stdout.match(/(\d+)/);
    if (version && Number(version[1]) >= MIN_MAJOR && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

/** Installs Debian's `postgresql` package (root only); returns the bin dir or throws saying why not. */
function installPostgres(log) {
  if (process.getuid?.() !== 0) throw new PostgresUnavailableError('no initdb (PostgreSQL ≥ 15) found, and not root to `apt-get install postgresql`');
  log('› no initdb found: apt-get install postgresql');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = sh('apt-get', ['update', '-q'], { env, stdio: 'inherit' });
  const install = update.status === 0 ? sh('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], { env, stdio: 'inherit' }) : update;
  if (install.error || install.status !== 0) throw new PostgresUnavailableError(`\`apt-get install postgresql\` failed (${install.error?.message ?? `exit ${install.status}`})`);
  const bin = findPostgresBin();
  if (!bin) throw new PostgresUnavailableError('`apt-get install postgresql` succeeded but no initdb of PostgreSQL ≥ 15 was found');
  return bin;
}

/** The uid/gid to run PostgreSQL as: the `postgres` user when root, else ourselves. */
function serverUser() {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(sh('id', ['-u', 'postgres']).stdout);
  const gid = Number(sh('id', ['-g', 'postgres']).stdout);
  if (!uid || !gid) throw new PostgresUnavailableError('running as root but there is no `postgres` OS user to run initdb as');
  return { uid, gid };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const running = new Set();
let hooked = false;

/** Stops every started server on exit, and on SIGINT/SIGTERM before exiting with the signal's code. */
function hookCleanup() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => [...running].forEach((pg) => pg.stop()));
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
      [...running].forEach((pg) => pg.stop());
      process.exit(code);
    });
  }
}

/**
 * Starts a throwaway PostgreSQL (from `bin`, else the newest installed, else installed by apt-get).
 * Resolves to `{ url, port, pid, dir, bin, stop() }`; `stop()` is synchronous and idempotent. Rejects
 * with a PostgresUnavailableError saying why when it cannot start, leaving nothing behind.
 */
export async function startPostgres({ log = (line) => console.error(line), install = true, bin: givenBin } = {}) {
  hookCleanup();
  const bin = givenBin ?? findPostgresBin() ?? (install ? installPostgres(log) : undefined);
  if (!bin) throw new PostgresUnavailableError('no initdb (PostgreSQL ≥ 15) found');
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'yilian-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(socket);
  if (user.uid !== undefined) [dir, socket].forEach((d) => chownSync(d, user.uid, user.gid));
  const asServer = { ...user, cwd: dir, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } };
  let pid;
  const stop = () => {
    if (!running.has(handle) && !pid) return;
    running.delete(handle);
    // A start that failed half-way may still have left a postmaster behind: its PID is in postmaster.pid.
    if (!pid && existsSync(join(data, 'postmaster.pid'))) pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
    if (pid) {
      const r = sh(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '10'], { ...asServer, stdio: 'ignore' });
      // pg_ctl failed: SIGQUIT is the postmaster's immediate shutdown (it ends its backends too); SIGKILL if it lingers.
      for (const signal of ['SIGQUIT', 'SIGKILL']) {
        if (r.status === 0 || !alive(pid)) break;
        try {
          process.kill(pid, signal);
        } catch {
          /* already gone */
        }
        for (let i = 0; i < 20 && alive(pid); i += 1) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      }
      pid = undefined;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const handle = { stop };
  running.add(handle);
  try {
    const fail = (what, r) => {
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
      throw new PostgresUnavailableError(`${what} failed (${r.error?.message ?? `exit ${r.status}`})${out ? `:\n${out}` : ''}`);
    };
    const init = sh(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '--locale=C', '--encoding=UTF8', '--no-sync', '--no-instructions'], asServer);
    if (init.status !== 0) fail('initdb', init);
    // The free port may be taken between choosing and binding it: choose again (up to 3 times).
    let port;
    for (let attempt = 1; ; attempt += 1) {
      port = await freePort();
      const opts = ['-p', String(port), '-k', socket, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=400'];
      const logFile = join(dir, 'server.log');
      const start = sh(join(bin, 'pg_ctl'), ['start', '-D', data, '-w', '-t', '60', '-l', logFile, '-o', opts.join(' ')], asServer);
      if (start.status === 0) break;
      const logText = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      if (attempt < 3 && /could not bind|already in use/i.test(logText)) continue;
      fail('pg_ctl start', { ...start, stderr: `${start.stderr}\n${logText.trim().split('\n').slice(-5).join('\n')}` });
    }
    pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const password = randomBytes(18).toString('base64url');
    const psql = (command) => {
      const r = sh(join(bin, 'psql'), ['-h', socket, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', command], asServer);
      if (r.status !== 0) fail(`psql ${command.split(' ').slice(0, 3).join(' ')}`, r);
    };
    psql(`CREATE ROLE yilian LOGIN NOSUPERUSER CREATEDB NOCREATEROLE PASSWORD '${password}'`);
    psql(`CREATE DATABASE yilian OWNER yilian TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
    const url = `postgres://yilian:${password}@127.0.0.1:${port}/yilian`;
    return Object.assign(handle, { url, port, pid, dir, bin });
  } catch (err) {
    stop();
    throw err instanceof PostgresUnavailableError ? err : new PostgresUnavailableError(err instanceof Error ? err.message : String(err));
  }
}

/** Whether the process exists and is not a zombie (an exited postmaster whose reaper never waits). */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Whether a process with this PID exists (for tests of `stop()`). */
export const isRunning = alive;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const pg = await startPostgres();
    console.log(pg.url);
    console.error(`PostgreSQL ${pg.bin} running (pid ${pg.pid}, data in ${pg.dir}); Ctrl-C stops it.`);
    setInterval(() => {}, 1 << 30);
  } catch (err) {
    console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
