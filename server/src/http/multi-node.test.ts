import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgres } from '../testing/postgres';
import { api, loginAs, TEST_PASSWORD } from '../testing/test-app';
import { json } from '../testing/json';
import { serverRoot } from '../paths';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON is navigated freely in tests
type Json = Record<string, any>;

/**
 * Two nodes on one PostgreSQL database (issue 11): two server processes (src/main.ts run by tsx), each
 * with its own pool, sharing only the database, the upload directory and the audit key/checkpoint file.
 */
let server: { url: string; stop(): void };
const cleanups: (() => Promise<void> | void)[] = [];
/** A node as the test helpers see an app: `request(path, init)` over HTTP. */
interface Node {
  request(path: string, init?: RequestInit): Promise<Response>;
}
let a: Node;
let b: Node;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Starts `node --import tsx src/main.ts` on a free port; resolves once it prints its banner (it listens then). */
async function startNode(env: Record<string, string>): Promise<Node> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot(),
    env: { ...process.env, ...env, PORT: String(port), YILIAN_LOG: 'quiet' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => {
    child.kill('SIGTERM');
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const collect = (d: Buffer) => {
      output += d.toString();
      if (output.includes('is running')) resolve();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`node on port ${port} exited ${String(code)}: ${output}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return { request: (path, init) => fetch(`${base}${path}`, init) };
}

beforeAll(async () => {
  server = await testPostgres();
  const created = await createTestDatabase(server.url);
  cleanups.push(created.drop);
  const shared = mkdtempSync(join(tmpdir(), 'yilian-multi-node-'));
  const env = {
    YILIAN_DB: created.url, YILIAN_NOW: '2025-09-26T02:00:00.000Z', YILIAN_SCRYPT_COST: '1024',
    YILIAN_FILES: join(shared, 'files'), YILIAN_AUDIT_KEY: join(shared, 'audit.pem'), YILIAN_AUDIT_CHECKPOINTS: join(shared, 'checkpoints.jsonl'),
    // A connection for each of the 200 writes at once, so they queue on the audit lock rather than in
    // the pool, where a wait over 5 s is answered 503 by design (.ci/postgres.mjs allows 400 connections).
    YILIAN_DB_POOL: '100',
  };
  a = await startNode(env); // migrates and seeds
  b = await startNode({ ...env, YILIAN_MIGRATE: 'off' });
}, 180_000);

afterAll(async () => {
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
  server?.stop();
});

const login = (node: Node, username: string, password: string) =>
  node.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('two nodes on one PostgreSQL database', { timeout: 180_000 }, () => {
  it('a session created on one node works on the other', async () => {
    const cookie = await loginAs(a, 'window-clerk.370811');
    const me = await api(b, cookie)('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect((await json(me)).user.username).toBe('window-clerk.370811');
  });

  it('counts wrong passwords on both nodes together for the login throttle', async () => {
    const user = 'reviewer.scjg.370811';
    for (let i = 0; i < 5; i += 1) expect((await login(i % 2 ? a : b, user, 'wrong-password')).status).toBe(401);
    expect((await login(a, user, TEST_PASSWORD)).status).toBe(429);
    expect((await login(b, user, TEST_PASSWORD)).status).toBe(429);
  });

  it('reads on one node a chain saved on the other, and of two saves of one revision at once exactly one wins', async () => {
    const onA = api(a, await loginAs(a, 'city-admin.370800'));
    const onB = api(b, await loginAs(b, 'city-admin.370800'));
    const { items } = await json<{ items: Json[] }>(await onA('GET', '/api/chains'));
    const id = items.find((c) => c.code === 'YL-370800-CY-001')!.id as string;
    const detail = await json(await onA('GET', `/api/chains/${id}`));
    const { recipe, decisions, revision } = detail.chain;
    const saved = await onA('PUT', `/api/chains/${id}`, { recipe: { ...recipe, name: '开办餐饮店（节点A）' }, decisions, revision });
    expect(saved.status).toBe(200);
    const read = await json(await onB('GET', `/api/chains/${id}`));
    expect(read.chain).toMatchObject({ name: '开办餐饮店（节点A）', revision: revision + 1 });
    const [x, y] = await Promise.all([
      onA('PUT', `/api/chains/${id}`, { recipe: { ...recipe, name: 'A' }, decisions, revision: revision + 1 }),
      onB('PUT', `/api/chains/${id}`, { recipe: { ...recipe, name: 'B' }, decisions, revision: revision + 1 }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
  });

  it('takes 200 audited writes spread over both nodes at once, and the audit chain verifies and grew by 200', async () => {
    const onA = api(a, await loginAs(a, 'city-admin.370800'));
    const onB = api(b, await loginAs(b, 'city-admin.370800'));
    const total = async () => (await json(await onA('GET', '/api/audit?pageSize=1'))).total as number;
    const before = await total();
    const recipe = (i: number) => ({
      code: `YL-370800-MN-${String(i).padStart(3, '0')}`, name: `多节点 ${i}`, subject: '法人', matters: ['000131127004'], situations: [], applicability: {},
    });
    const statuses = await Promise.all(Array.from({ length: 200 }, async (_, i) => (await (i % 2 ? onA : onB)('POST', '/api/chains', { recipe: recipe(i) })).status));
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(await total()).toBe(before + 200);
    const verify = await json(await onB('GET', '/api/audit/verify'));
    expect(verify.ok).toBe(true);
  });
});
