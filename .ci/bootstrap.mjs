// `npm start`, `npm test`, `npm run bench`: install what is missing, build what changed, then act.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureBuild, ensureChromium, ensureInstall, run } from './setup.mjs';

const command = process.argv[2];

function start() {
  ensureInstall();
  if (ensureBuild() !== 0) process.exit(1);
  const child = spawn(process.execPath, [join(ROOT, 'server', 'dist', 'main.js')], { cwd: ROOT, stdio: 'inherit', env: process.env });
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

/** The workspace packages that have a `bench` script, by name, dependencies first. */
function benchedPackages() {
  return ['shared', 'runtime', 'designer', 'server', 'e2e']
    .map((dir) => join(ROOT, dir, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((manifest) => manifest.scripts?.bench)
    .map((manifest) => manifest.name);
}

/** Runs every package's benchmark, even after one fails (each prints its BENCH lines); exits 1 at the end if any failed. */
function bench() {
  ensureInstall();
  const failed = [];
  if (ensureBuild() !== 0) failed.push('build');
  for (const name of benchedPackages()) {
    console.log(`\n› bench ${name}`);
    if (run('pnpm', ['--filter', name, 'run', 'bench'], { allowFail: true }) !== 0) failed.push(name);
  }
  if (failed.length > 0) {
    console.error(`\n✖ bench failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

switch (command) {
  case 'start':
    start();
    break;
  case 'test':
    ensureInstall();
    ensureChromium();
    run(process.execPath, [join(ROOT, '.ci', 'test-all.mjs')]);
    break;
  case 'bench':
    bench();
    break;
  default:
    console.error('usage: node .ci/bootstrap.mjs start|test|bench');
    process.exit(2);
}
