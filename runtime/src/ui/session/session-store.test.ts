import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useSessionStore } from './session-store';
import { ApiError } from '../api/api-error';
import { errorResponse, jsonResponse, stubFetch } from '../testing/fetch-stub';
import { cityAdminMe, citizenMe } from '../testing/fixtures';

describe('session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('treats { user: null } from /api/auth/me as anonymous', async () => {
    // given no session: the server answers 200 with nobody
    stubFetch(() => jsonResponse({ user: null }));
    const session = useSessionStore();
    // when loading
    const me = await session.ensureLoaded();
    // then the user is anonymous and the store knows it asked
    expect(me).toBeNull();
    expect(session.signedIn).toBe(false);
    expect(session.loaded).toBe(true);
  });

  it('treats 401 from /api/auth/me as anonymous', async () => {
    // given no session
    stubFetch(() => errorResponse(401, 'unauthorized', '请先登录'));
    const session = useSessionStore();
    // when loading
    const me = await session.ensureLoaded();
    // then the user is anonymous and the store knows it asked
    expect(me).toBeNull();
    expect(session.signedIn).toBe(false);
    expect(session.loaded).toBe(true);
  });

  it('asks /api/auth/me only once for concurrent callers', async () => {
    const seen = stubFetch(() => jsonResponse(citizenMe));
    const session = useSessionStore();
    await Promise.all([session.ensureLoaded(), session.ensureLoaded()]);
    await session.ensureLoaded();
    expect(seen).toHaveLength(1);
    expect(session.me?.user.displayName).toBe('张三');
  });

  it('rethrows failures other than 401', async () => {
    stubFetch(() => errorResponse(500, 'internal', '服务器内部错误'));
    const session = useSessionStore();
    await expect(session.fetchMe()).rejects.toBeInstanceOf(ApiError);
    expect(session.me).toBeNull();
  });

  it('logs in, exposes the roles, and logs out', async () => {
    // given a server that accepts the credentials
    const seen = stubFetch(({ url }) => (url === '/api/auth/logout' ? new Response(null, { status: 204 }) : jsonResponse(cityAdminMe)));
    const session = useSessionStore();
    // when logging in
    await session.login('city-admin.370800', 'yilian-demo');
    // then the user and roles are known
    expect(seen[0]?.body).toEqual({ username: 'city-admin.370800', password: 'yilian-demo' });
    expect(session.signedIn).toBe(true);
    expect(session.roles).toEqual(['city-admin']);
    expect(session.hasRole('city-admin', 'supervisor')).toBe(true);
    expect(session.hasRole('citizen')).toBe(false);
    // when logging out
    await session.logout();
    // then the store is anonymous again
    expect(seen[1]?.url).toBe('/api/auth/logout');
    expect(session.me).toBeNull();
  });

  it('keeps the user when logout fails for another reason than an expired session', async () => {
    stubFetch(({ url }) => (url === '/api/auth/logout' ? errorResponse(503, 'unavailable', '维护中') : jsonResponse(citizenMe)));
    const session = useSessionStore();
    await session.login('citizen.demo', 'yilian-demo');
    await expect(session.logout()).rejects.toMatchObject({ status: 503 });
    expect(session.signedIn).toBe(true);
  });

  it('keeps a failed login anonymous and surfaces the server message', async () => {
    stubFetch(() => errorResponse(401, 'invalid_credentials', '用户名或密码错误'));
    const session = useSessionStore();
    await expect(session.login('x', 'y')).rejects.toMatchObject({ code: 'invalid_credentials', message: '用户名或密码错误' });
    expect(session.me).toBeNull();
  });

  it('registers and is signed in', async () => {
    const seen = stubFetch(() => jsonResponse(citizenMe, 201));
    const session = useSessionStore();
    await session.register({ accountType: 'citizen', name: '张三', mobile: '13800138000', password: 'secret-123', idNumber: '370811199001011236' });
    expect(seen[0]?.url).toBe('/api/auth/register');
    expect(session.me?.user.kind).toBe('citizen');
  });

  it('switches the acting tenant', async () => {
    const switched = { ...cityAdminMe, activeTenant: { id: '370811', name: '任城区' } };
    const seen = stubFetch(({ url }) => jsonResponse(url === '/api/auth/tenant' ? switched : cityAdminMe));
    const session = useSessionStore();
    await session.login('city-admin.370800', 'yilian-demo');
    await session.switchTenant('370811');
    expect(seen[1]?.body).toEqual({ tenantId: '370811' });
    expect(session.activeTenant).toEqual({ id: '370811', name: '任城区' });
    expect(session.tenantGeneration).toBe(1);
  });
});
