import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import type { MeOrAnonymous, Role } from '@yilian/shared';
import { api } from '../api/client';
import { isApiError } from '../api/api-error';
import type { Me, Registration } from '../api/types';
import { hasAnyRole, rolesOf } from './roles';

/** The signed-in user (server session in an httpOnly cookie; this store mirrors /api/auth/me). */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null);
  /** Whether /api/auth/me has been asked at least once. */
  const loaded = ref(false);
  /** Counts tenant switches; views key on it to reload their data in the new tenant. */
  const tenantGeneration = ref(0);
  let pending: Promise<Me | null> | null = null;

  const signedIn = computed(() => me.value !== null);
  const roles = computed(() => rolesOf(me.value));
  const activeTenant = computed(() => me.value?.activeTenant ?? null);

  /** True when the user holds one of the roles. */
  function hasRole(...wanted: Role[]): boolean {
    return hasAnyRole(me.value, wanted);
  }

  /** Loads the current user; `{ user: null }` (or a 401 from an older server) means anonymous, any other failure is thrown. */
  async function fetchMe(): Promise<Me | null> {
    try {
      const answer = await api.get<MeOrAnonymous>('/api/auth/me');
      me.value = answer.user === null ? null : answer;
    } catch (err) {
      if (!isApiError(err) || err.status !== 401) throw err;
      me.value = null;
    } finally {
      loaded.value = true;
    }
    return me.value;
  }

  /** Loads the current user once; concurrent callers share the request. */
  function ensureLoaded(): Promise<Me | null> {
    if (loaded.value) return Promise.resolve(me.value);
    pending ??= fetchMe().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function login(username: string, password: string): Promise<Me> {
    const result = await api.post<Me>('/api/auth/login', { username, password });
    me.value = result;
    loaded.value = true;
    return result;
  }

  async function register(body: Registration): Promise<Me> {
    const result = await api.post<Me>('/api/auth/register', body);
    me.value = result;
    loaded.value = true;
    return result;
  }

  /** Ends the session; an already expired session (401) counts as signed out. */
  async function logout(): Promise<void> {
    try {
      await api.post<void>('/api/auth/logout');
    } catch (err) {
      if (!isApiError(err) || err.status !== 401) throw err;
    }
    me.value = null;
    loaded.value = true;
  }

  async function switchTenant(tenantId: string): Promise<Me> {
    const result = await api.post<Me>('/api/auth/tenant', { tenantId });
    me.value = result;
    tenantGeneration.value += 1;
    return result;
  }

  return { me, loaded, tenantGeneration, signedIn, roles, activeTenant, hasRole, fetchMe, ensureLoaded, login, register, logout, switchTenant };
});

export type SessionStore = ReturnType<typeof useSessionStore>;
