import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { DomainError, type DomainErrorKind } from '../errors';
import { createLogger } from '../logger';
import { createOnError } from './on-error';
import { openSqliteDatabase } from '../db/sqlite-database';
import { departments, tenants } from '../db/schema';

const answer = async (err: Error) => {
  const app = new Hono();
  app.onError(createOnError(createLogger({ silent: true })));
  app.get('/', () => {
    throw err;
  });
  const res = await app.request('/');
  return { status: res.status, headers: res.headers, body: (await res.json()) as { error: Record<string, unknown> } };
};

describe('the one onError', () => {
  it.each([
    ['invalid', 400], ['unauthenticated', 401], ['forbidden', 403], ['locked', 403], ['not_found', 404], ['conflict', 409], ['throttled', 429],
  ] as Array<[DomainErrorKind, number]>)('maps a %s domain error to %i with its wire code', async (kind, status) => {
    const res = await answer(new DomainError(kind, 'some_code', '消息'));
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: { code: 'some_code', message: '消息' } });
  });

  it('answers the path, the details and Retry-After when the error has them', async () => {
    const details = [{ path: 'form', message: '表单已被他人修改' }];
    const stale = await answer(new DomainError('conflict', 'stale_revision', '表单已被他人修改', { path: 'form', details }));
    expect(stale.body).toEqual({ error: { code: 'stale_revision', message: '表单已被他人修改', path: 'form', details } });
    const throttled = await answer(new DomainError('throttled', 'throttled', '稍后再试', { retryAfterSeconds: 90 }));
    expect(throttled.headers.get('retry-after')).toBe('90');
  });

  it('answers a unique-key violation from the database as 409 naming the field', async () => {
    // given the error SQLite raises for a second department with a taken code
    const db = openSqliteDatabase(':memory:');
    await db.migrate();
    const dept = (id: string) => ({ id, tenantId: 'T', code: 'mz', name: id, createdAt: '2025-09-26T02:00:00.000Z' });
    await db.withTx(async (tx) => {
      await tx.insert(tenants).values({ id: 'T', name: '租户', kind: 'county', parentId: null, sortOrder: 0 });
      await tx.insert(departments).values(dept('d1'));
    });
    const err = await db.withTx((tx) => tx.insert(departments).values(dept('d2'))).then(() => undefined, (e: unknown) => e as Error);
    await db.close();
    // when it reaches the error handler
    const res = await answer(err!);
    // then
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'conflict', path: 'code' } } });
    // and a key without its own wording is still a conflict, never a 500
    const other = Object.assign(new Error('UNIQUE constraint failed: matters.tenant_id, matters.code'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(await answer(other)).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
  });

  it('hides unknown errors behind 500 internal', async () => {
    expect(await answer(new Error('secret detail'))).toMatchObject({ status: 500, body: { error: { code: 'internal', message: '服务器内部错误' } } });
  });
});
