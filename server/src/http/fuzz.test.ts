/**
 * The API fuzz suite: every operation of /api/openapi.json (so every route added later is fuzzed too),
 * as anonymous and as each role, with generated path parameters, query strings and bodies, hostile
 * ones included (prototype keys, 10,000-deep nesting, numbers beyond double, lone surrogates, broken
 * percent-encoding, wrong types). Each request must answer without a 5xx, within HANG_MS, and every
 * 4xx must be `{ error: { code, message } }`; afterwards health and a demo login still work.
 * Fixed seed and RUNS_PER_OPERATION requests per operation and identity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../testing/test-app';
import { operationsOf, resolver, type FuzzOperation, type OpenApiDocument } from './fuzz/operations';
import { requestsTo, type FuzzRequest } from './fuzz/requests';
import type { Shaping } from './fuzz/schema-values';

const SEED = 20_251_130;
const RUNS_PER_OPERATION = 5;
/** A request that has not answered by then (or took longer, having blocked the event loop) counts as a hang. */
const HANG_MS = 10_000;
const IDENTITIES = [undefined, 'city-admin.370800', 'county-admin.370811', 'window-clerk.370811', 'supervisor.370811', 'reviewer.scjg.370881', 'citizen.demo', 'company.demo'] as const;

type App = ReturnType<typeof createTestApp>['app'];
interface Session { app: App; cookie?: string }

/** A fresh app and, for a role, a session on it. */
async function freshSession(username: string | undefined): Promise<Session> {
  const { app } = createTestApp();
  return username ? { app, cookie: await loginAs(app, username) } : { app };
}

/** Signs in again before each operation (an earlier one may have logged out, switched tenant, reset a password); a new app when that fails. */
async function renewed(session: Session, username: string | undefined): Promise<Session> {
  if (!username) return session;
  try {
    return { app: session.app, cookie: await loginAs(session.app, username) };
  } catch {
    return freshSession(username);
  }
}

/** Ids of existing records by path parameter name, so that path parameters also reach the services. */
async function realIds(): Promise<Record<string, string[]>> {
  const { app, cookie } = await freshSession('city-admin.370800');
  const get = async (path: string) => (await (await app.request(path, { headers: { cookie: cookie! } })).json()) as { items: { id?: string; code?: string }[] };
  const [chains, users, departments, matters] = await Promise.all(['/api/chains', '/api/users', '/api/departments', '/api/matters?pageSize=3'].map(get));
  const ids = [...chains!.items, ...users!.items.slice(0, 3), ...departments!.items.slice(0, 2)].map((r) => r.id!).filter(Boolean);
  return { id: ids, code: matters!.items.map((m) => m.code!), version: ['1', '2'], year: ['2025', '2026'] };
}

type Outcome = 'hang' | Response;

async function send(session: Session, req: FuzzRequest): Promise<Outcome> {
  const headers = { ...req.headers, ...(session.cookie ? { cookie: session.cookie } : {}) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG_MS);
  });
  const start = performance.now();
  try {
    const outcome = await Promise.race([session.app.request(req.url, { method: req.method, headers, ...(req.body !== undefined ? { body: req.body } : {}) }), bound]);
    return performance.now() - start > HANG_MS ? 'hang' : outcome;
  } finally {
    clearTimeout(timer);
  }
}

/** Why an answer breaks the contract, or undefined. */
async function violation(outcome: Outcome): Promise<string | undefined> {
  if (outcome === 'hang') return `no answer within ${HANG_MS} ms`;
  const text = await outcome.text();
  if (outcome.status >= 500) return `${outcome.status} ${text.slice(0, 200)}`;
  if (outcome.status < 400) return undefined;
  try {
    const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
    return typeof error?.code === 'string' && typeof error.message === 'string' ? undefined : `${outcome.status} without { error: { code, message } }: ${text.slice(0, 200)}`;
  } catch {
    return `${outcome.status} not JSON: ${text.slice(0, 200)}`;
  }
}

const describeRequest = (req: FuzzRequest) =>
  `${req.method} ${req.url.slice(0, 160)} ${typeof req.body === 'string' ? req.body.slice(0, 120) : req.body ? '[multipart]' : ''}`;

describe('API fuzz: every OpenAPI operation, as anonymous and as each role', async () => {
  const doc = (await (await createTestApp().app.request('/api/openapi.json')).json()) as OpenApiDocument;
  const operations: FuzzOperation[] = operationsOf(doc);
  const ids = await realIds();
  const shaping: Shaping = { resolve: resolver(doc), known: [...ids.id!, ...ids.code!] };

  it('reads the operations from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((op) => `${op.method} ${op.path}`)).toContain('POST /chains/{id}/checklist');
  });

  it.each(IDENTITIES.map((username) => [username ?? 'anonymous', username] as const))('as %s: no 5xx, no hang, every 4xx shaped, and the server still works', async (_label, username) => {
    // given a fresh app and session for the identity
    let session = await freshSession(username);
    const failures: string[] = [];
    let sent = 0;
    // when RUNS_PER_OPERATION generated requests go to every operation
    for (const [index, op] of operations.entries()) {
      session = await renewed(session, username);
      const requests = fc.sample(requestsTo(op, shaping, ids), { seed: SEED + index, numRuns: RUNS_PER_OPERATION });
      for (const req of requests) {
        sent += 1;
        const why = await violation(await send(session, req));
        if (why) failures.push(`${describeRequest(req)} → ${why}`);
      }
    }
    console.log(`fuzz ${username ?? 'anonymous'}: ${sent} requests to ${operations.length} operations (${RUNS_PER_OPERATION} each, seed ${SEED})`);
    // then nothing broke the contract, and health and a demo login still work
    expect(failures).toEqual([]);
    expect((await session.app.request('/api/health')).status).toBe(200);
    expect(await loginAs(session.app, 'city-admin.370800')).toMatch(/=/);
  }, 60_000);
});
