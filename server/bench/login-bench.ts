/**
 * Login timing at the real scrypt cost (16384): an unknown username must take as long as a wrong
 * password for a real one (both verify a hash). Prints the median of each and their ratio:
 *   BENCH login_unknown_ms <median ms> ms
 *   BENCH login_known_wrong_ms <median ms> ms
 *   BENCH login_unknown_vs_known_ratio <ratio> x
 * and how a sign-up flood (20 registrations at once, each hashing at the real cost) affects other requests:
 *   BENCH health_p50_during_signup_flood_ms <median ms> ms
 */
import { openSqliteDatabase } from '../src/db/sqlite-database';
import { boot } from '../src/boot';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { login } from '../src/auth/login';
import { createApp } from '../src/http/app';

const RUNS = 21;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const config = loadConfig({ YILIAN_DB: ':memory:', YILIAN_NOW: '2025-09-26T02:00:00Z' });
const deps = await boot(config, { database: openSqliteDatabase(':memory:'), logger: createLogger({ silent: true }) });

/** One failed login's duration; every try comes from its own address, so none is throttled. */
const timeFailure = async (username: string, client: string): Promise<number> => {
  const t0 = performance.now();
  await login(deps.db, { username, password: 'not-the-password', client }, deps.clock.now(), config).catch(() => undefined);
  return performance.now() - t0;
};

const unknown: number[] = [];
const known: number[] = [];
await timeFailure('nobody.here', 'warm-up'); // makes the dummy hash once
for (let i = 0; i < RUNS; i += 1) {
  unknown.push(await timeFailure(`nobody.${i}`, `bench-u-${i}`));
  known.push(await timeFailure('window-clerk.370811', `bench-k-${i}`));
}
process.stdout.write(`BENCH login_unknown_ms ${median(unknown).toFixed(3)} ms\n`);
process.stdout.write(`BENCH login_known_wrong_ms ${median(known).toFixed(3)} ms\n`);
process.stdout.write(`BENCH login_unknown_vs_known_ratio ${(median(unknown) / median(known)).toFixed(3)} x\n`);

const app = createApp(deps);
const signUp = async (i: number, address: string): Promise<Response> => app.request('/api/auth/register', {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ accountType: 'citizen', mobile: `137${String(i).padStart(8, '0')}`, password: 'Qz7!bench-pass', name: '压测', idNumber: '370811199001011236' }),
}, { incoming: { socket: { remoteAddress: address } } });
const flood = Promise.all(Array.from({ length: 20 }, (_, i) => signUp(i, `198.51.100.${i}`)));
const health: number[] = [];
let done = false;
void flood.then(() => { done = true; });
while (!done) {
  await new Promise((resolve) => setImmediate(resolve)); // a new request arrives on a later turn, like one from the network
  const t0 = performance.now();
  await app.request('/api/health');
  health.push(performance.now() - t0);
}
process.stdout.write(`BENCH health_p50_during_signup_flood_ms ${median(health).toFixed(3)} ms\n`);
await deps.close();
