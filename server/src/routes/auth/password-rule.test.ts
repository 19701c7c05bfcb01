import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

const citizen = { accountType: 'citizen', mobile: '13912345678', name: '李四', idNumber: '370811199001011236' };
const staff = { username: 'staff.new', displayName: '王五', roles: [{ role: 'city-admin' }] };

describe('weak passwords are refused wherever a password is set', () => {
  it('answers 400 naming `password` with the reason, in zh-CN or English', async () => {
    // given an anonymous visitor and a city administrator
    const { app } = createTestApp();
    const anonymous = api(app);
    const admin = api(app, await loginAs(app, 'city-admin.370800'));
    const { items } = await json(await admin('GET', '/api/users?q=reviewer'));
    // when common, blank and short passwords are sent to registration, user create and reset
    const cases: [Response, RegExp][] = [
      [await anonymous('POST', '/api/auth/register', { ...citizen, password: '12345678' }), /常见/],
      [await anonymous('POST', '/api/auth/register', { ...citizen, password: '          ' }), /空白/],
      [await admin('POST', '/api/users', { ...staff, password: 'iloveyou' }), /常见/],
      [await admin('PATCH', `/api/users/${items[0].id}`, { password: 'Password' }), /常见/],
      [await admin('PATCH', `/api/users/${items[0].id}`, { password: 'short' }), /至少 8 位/],
    ];
    // then each is a 400 naming the field and why
    for (const [res, why] of cases) {
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatchObject({ path: 'password', message: expect.stringMatching(why) });
    }
    const english = await anonymous('POST', '/api/auth/register', { ...citizen, password: 'qwertyuiop' }, { 'accept-language': 'en' });
    expect((await json(english)).error.message).toMatch(/most common/);
    // and a good password still registers
    expect((await anonymous('POST', '/api/auth/register', { ...citizen, password: 'citizen-pass-1' })).status).toBe(201);
  });
});
