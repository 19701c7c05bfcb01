/** Shared set-up of the users route tests. */
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

export type Call = ReturnType<typeof api>;

/** A fresh app with a signed-in administrator (county-admin.370811 unless named). */
export async function setup(username = 'county-admin.370811') {
  const { app, deps } = createTestApp();
  return { app, deps, call: api(app, await loginAs(app, username)) };
}

/** The id of a department of the caller's acting tenant, by code. */
export async function deptId(call: Call, code: string): Promise<string> {
  const { items } = await json(await call('GET', '/api/departments'));
  return items.find((d: { code: string }) => d.code === code).id;
}

/** A valid POST /api/users body for a window clerk, with overrides. */
export const newUser = (extra: Record<string, unknown> = {}) => ({
  username: 'clerk.new', displayName: '新窗口人员', password: 'secret-123', mobile: '13712345678', roles: [{ role: 'window-clerk' }], ...extra,
});
