import { describe, expect, it } from 'vitest';
import { api, createTestApp, TEST_NOW } from '../../testing/test-app';
import { json } from '../../testing/json';

describe('GET /api/health', () => {
  it('reports ok with the database, the applied migrations and the clock', async () => {
    // given a booted app
    const { app, deps } = createTestApp();
    // when
    const res = await api(app)('GET', '/api/health');
    // then
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ status: 'ok', database: true, migrations: deps.ready.migrations, time: TEST_NOW });
    expect(deps.ready.migrations).toBeGreaterThanOrEqual(1);
  });

  it('answers 503 until boot has finished', async () => {
    // given an app whose start-up is not done
    const { app, deps } = createTestApp();
    deps.ready.value = false;
    // when
    const res = await api(app)('GET', '/api/health');
    // then
    expect(res.status).toBe(503);
    expect((await json(res)).status).toBe('starting');
  });
});
