import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { DEFAULT_SETTINGS } from '../../settings';

async function setup() {
  const { app, deps } = createTestApp();
  return {
    app,
    deps,
    city: api(app, await loginAs(app, 'city-admin.370800')),
    county: api(app, await loginAs(app, 'county-admin.370811')),
  };
}

describe('GET /api/settings', () => {
  it('gives a tenant without overrides the built-in defaults', async () => {
    // given
    const { county } = await setup();
    // when
    const res = await county('GET', '/api/settings');
    // then
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ tenantId: '370811', effective: DEFAULT_SETTINGS, own: {}, inherited: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS).toMatchObject({
      warning: { scheme: 'ratio', yellowRatio: 0.2, yellowMinDays: 1, supervisionDays: 5 },
      badReviewFixDays: 15, correctionStopsClock: true, excludeCreditFlaggedFromRongque: true,
    });
  });

  it('is for administrators only', async () => {
    // given
    const { app } = await setup();
    // when
    const res = await api(app, await loginAs(app, 'supervisor.370811'))('GET', '/api/settings');
    // then
    expect(res.status).toBe(403);
  });
});

describe('PUT /api/settings', () => {
  it('lets a county inherit a change the city makes', async () => {
    // given
    const { city, county } = await setup();
    // when the city shortens the bad-review fix period and raises the yellow ratio
    const put = await city('PUT', '/api/settings', { badReviewFixDays: 5, warning: { yellowRatio: 0.3 } });
    // then the city's own settings hold just that, deep-merged over the defaults
    expect(put.status).toBe(200);
    const cityView = await json(put);
    expect(cityView.own).toEqual({ badReviewFixDays: 5, warning: { yellowRatio: 0.3 } });
    expect(cityView.effective.warning).toEqual({ ...DEFAULT_SETTINGS.warning, yellowRatio: 0.3 });
    // and the county inherits it
    const view = await json(await county('GET', '/api/settings'));
    expect(view.own).toEqual({});
    expect(view.inherited.badReviewFixDays).toBe(5);
    expect(view.effective.badReviewFixDays).toBe(5);
    expect(view.effective.warning).toEqual({ scheme: 'ratio', yellowRatio: 0.3, yellowMinDays: 1, supervisionDays: 5 });
  });

  it('lets a county override win over the city, keeping the override when the city changes again', async () => {
    // given a county override
    const { city, county } = await setup();
    await county('PUT', '/api/settings', { badReviewFixDays: 10, warning: { scheme: 'overdue' } });
    // when the city changes the same settings
    await city('PUT', '/api/settings', { badReviewFixDays: 20, warning: { scheme: 'ratio', supervisionDays: 3 } });
    // then the county's own values win; the rest is inherited
    const view = await json(await county('GET', '/api/settings'));
    expect(view.own).toEqual({ badReviewFixDays: 10, warning: { scheme: 'overdue' } });
    expect(view.inherited.badReviewFixDays).toBe(20);
    expect(view.effective.badReviewFixDays).toBe(10);
    expect(view.effective.warning).toEqual({ scheme: 'overdue', yellowRatio: 0.2, yellowMinDays: 1, supervisionDays: 3 });
  });

  it('deep-merges successive partial updates into the tenant\'s own settings', async () => {
    // given
    const { county } = await setup();
    // when
    await county('PUT', '/api/settings', { window: { name: '任城区政务服务中心', phone: '0537-2345678' } });
    const res = await county('PUT', '/api/settings', { window: { hours: '周一至周五 9:00-17:00' }, correctionStopsClock: false });
    // then
    const view = await json(res);
    expect(view.own).toEqual({
      window: { name: '任城区政务服务中心', phone: '0537-2345678', hours: '周一至周五 9:00-17:00' },
      correctionStopsClock: false,
    });
    expect(view.effective.window).toEqual({ name: '任城区政务服务中心', address: '', phone: '0537-2345678', hours: '周一至周五 9:00-17:00' });
  });

  it('applies a city admin\'s change to the tenant it acts in', async () => {
    // given the city admin acting in 任城区
    const { city, county } = await setup();
    await city('POST', '/api/auth/tenant', { tenantId: '370811' });
    // when
    const res = await city('PUT', '/api/settings', { badReviewFixDays: 7 });
    // then 任城区 holds the override, not the city
    expect((await json(res)).tenantId).toBe('370811');
    expect((await json(await county('GET', '/api/settings'))).own).toEqual({ badReviewFixDays: 7 });
  });

  it.each([
    [{ warning: { yellowRatio: 1.5 } }, 'warning.yellowRatio'],
    [{ warning: { scheme: 'traffic-light' } }, 'warning.scheme'],
    [{ badReviewFixDays: 2.5 }, 'badReviewFixDays'],
    [{ badReviewFixDays: 0 }, 'badReviewFixDays'],
    [{ correctionStopsClock: 'yes' }, 'correctionStopsClock'],
    [{ window: { phone: 12345 } }, 'window.phone'],
    [{ window: { fax: '1' } }, 'window.fax'],
    [{ colour: 'red' }, 'colour'],
  ])('rejects %j with 400 naming %s, writing nothing', async (body, path) => {
    // given
    const { county } = await setup();
    // when
    const res = await county('PUT', '/api/settings', body);
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({ code: 'invalid_input', path });
    expect((await json(await county('GET', '/api/settings'))).own).toEqual({});
  });
});

describe('PUT /api/settings with null', () => {
  it('removes the tenant\'s own override so the city value is inherited again', async () => {
    // given 任城区 overrides the bad-review fix deadline and its window phone
    const { app } = createTestApp();
    const county = api(app, await loginAs(app, 'county-admin.370811'));
    await county('PUT', '/api/settings', { badReviewFixDays: 5, window: { phone: '0537-1' } });
    // when it sends null for both
    const res = await county('PUT', '/api/settings', { badReviewFixDays: null, window: { phone: null } });
    // then the overrides are gone and the inherited values apply
    expect(res.status).toBe(200);
    const view = await json(res);
    expect(view.own.badReviewFixDays).toBeUndefined();
    expect(view.own.window?.phone).toBeUndefined();
    expect(view.effective.badReviewFixDays).toBe(view.inherited.badReviewFixDays);
  });
});
