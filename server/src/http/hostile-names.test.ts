import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../testing/test-app';
import { json } from '../testing/json';

const HOSTILE = ['\u200B\u200C', 'report\u202Efdp.exe', '局\uD800', '\u3164'];

describe('names must show something (departments, users, matters)', () => {
  it('refuses invisible, bidi-overridden and broken names with 400 naming the field', async () => {
    // given a city administrator
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    const { matter } = await json(await call('GET', '/api/matters/000131024000'));
    for (const name of HOSTILE) {
      // when each hostile name is sent where a name is set
      const dept = await call('POST', '/api/departments', { code: 'mz', name });
      const user = await call('POST', '/api/users', { username: 'staff.new', displayName: name, password: 'Qz7!long-enough', roles: [{ role: 'city-admin' }] });
      const edit = await call('PUT', '/api/matters/000131024000', { matter: { ...matter, name } });
      // then each is refused, naming the field, with a reason in English when asked
      expect(dept.status).toBe(400);
      expect((await json(dept)).error).toMatchObject({ path: 'name', message: expect.stringContaining('名称') });
      expect(user.status).toBe(400);
      expect((await json(user)).error.path).toBe('displayName');
      expect(edit.status).toBe(400);
      expect((await json(edit)).error.path).toBe('matter.name');
    }
    const english = await call('POST', '/api/departments', { code: 'mz', name: '\u200B' }, { 'accept-language': 'en' });
    expect((await json(english)).error.message).toMatch(/visible character/);
  });
});
