// Setup steps shared by `npm start`, `npm test` and `npm run bench`. Node built-ins only: this runs
// before anything is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = '12.4.2';
const STAMPS = join(ROOT, '.yilian');

/** Environment for pnpm: native addons (better-sqlite3) compile against the system's Node headers. */
export function pnpmEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  env.CI = env.CI ?? 'true';
  return env;
}

/** Runs a command with inherited stdio; exits the process when it fails unless `allowFail`. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: pnpmEnv(opts.env), shell: false });
  if (r.error) throw r.error;
  if (r.status !== 0 && !opts.allowFail) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
  return r.status ?? 1;
}

function capture(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: pnpmEnv() });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Installs the pinned pnpm globally when `pnpm -v` differs (Corepack cannot verify signatures here). */
export function ensurePnpm() {
  if (capture('pnpm', ['-v']) === PNPM_VERSION) return;
  console.log(`› installing pnpm@${PNPM_VERSION} globally`);
  run('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`]);
}

function hashFiles(paths) {
  const h = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
        walk(join(p, name));
      }
    } else {
      h.update(p.slice(ROOT.length)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  paths.forEach((p) => walk(join(ROOT, p)));
  return h.digest('hex');
}

function stampMatches(name, hash) {
  const f = join(STAMPS, name);
  return existsSync(f) && readFileSync(f, 'utf8') === hash;
}

function writeStamp(name, hash) {
  mkdirSync(STAMPS, { recursive: true });
  writeFileSync(join(STAMPS, name), hash);
}

const INSTALL_INPUTS = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', ...['shared', 'runtime', 'designer', 'server', 'e2e'].map((p) => `${p}/package.json`)];

/** Runs `pnpm install --frozen-lockfile` unless node_modules already matches the lockfile. */
export function ensureInstall() {
  ensurePnpm();
  const hash = hashFiles(INSTALL_INPUTS);
  if (existsSync(join(ROOT, 'node_modules', '.modules.yaml')) && stampMatches('install', hash)) return false;
  console.log('› pnpm install');
  run('pnpm', ['install', '--frozen-lockfile', '--config.confirmModulesPurge=false']);
  writeStamp('install', hash);
  return true;
}

const BUILD_INPUTS = [
  'pnpm-lock.yaml', 'tsconfig.base.json', 'shared/src', 'shared/package.json',
  'runtime/src', 'runtime/index.html', 'runtime/vite.config.ts', 'runtime/package.json', 'runtime/public',
  'designer/src', 'designer/index.html', 'designer/vite.config.ts', 'designer/package.json', 'designer/public',
  'server/src', 'server/build.mjs', 'server/package.json',
];

/** Builds the apps and the server unless the sources are unchanged since the last build; returns the exit status. */
export function ensureBuild() {
  const hash = hashFiles(BUILD_INPUTS);
  const built = ['runtime/dist/index.html', 'designer/dist/index.html', 'server/dist/main.js'].every((f) => existsSync(join(ROOT, f)));
  if (built && stampMatches('build', hash)) return 0;
  console.log('› building designer, runtime and server');
  const status = run('pnpm', ['run', 'build'], { allowFail: true });
  if (status === 0) writeStamp('build', hash);
  return status;
}

/** Ensures Debian's Chromium for the browser tests: present, installed with apt-get, or a clear failure. */
export function ensureChromium() {
  const bin = process.env.YILIAN_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(bin)) return bin;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && capture('which', ['apt-get'])) {
    console.log('› installing Debian chromium for the browser tests (apt-get)');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { env, allowFail: true });
    if (!existsSync(bin)) run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
  }
  if (!existsSync(bin)) {
    console.error(`✖ Chromium not found at ${bin}. Install Debian's package: sudo apt-get install -y chromium (or set YILIAN_CHROMIUM).`);
    process.exit(1);
  }
  return bin;
}
