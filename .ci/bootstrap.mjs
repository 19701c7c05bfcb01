// `npm start`, `npm test`, `npm run bench`: install what is missing, build what changed, then act.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureBuild, ensureChromium, ensureInstall, pnpmEnv, run } from './setup.mjs';

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
    ensureInstall();
    if (ensureBuild() !== 0) process.exit(1);
    run('pnpm', ['-r', '--if-present', '--workspace-concurrency=1', 'run', 'bench'], { env: pnpmEnv() });
    break;
  default:
    console.error('usage: node .ci/bootstrap.mjs start|test|bench');
    process.exit(2);
}
