import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineComponent, h, type Plugin } from 'vue';
import { createAppI18n, LOCALE_STORAGE_KEY, useSessionStore, type Me } from '@yilian/runtime/ui';
import { designerMessages } from '../i18n';

const Blank = defineComponent({ render: () => h('div') });

/** A county administrator of 任城区. */
export const countyAdminMe: Me = {
  user: { id: 'u1', username: 'county-admin.370811', displayName: '任城区管理员', kind: 'staff', tenantId: '370811', roles: [{ role: 'county-admin', departmentId: null }] },
  activeTenant: { id: '370811', name: '任城区' },
  visibleTenants: [{ id: '370811', name: '任城区', kind: 'county' }],
};

/** Plugins for a designer component under test: Pinia (signed in as `me`), zh-CN i18n, a memory router. */
export function designerPlugins(me: Me | null = countyAdminMe): Plugin[] {
  localStorage.removeItem(LOCALE_STORAGE_KEY);
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore();
  session.me = me;
  session.loaded = true;
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: Blank }] });
  return [pinia, createAppI18n(designerMessages), router];
}

/**
 * Global stubs for Element Plus tables a test does not look into: ElTable lays itself out slowly in happy-dom
 * (most of a form test's time). Tests that assert on rows or cells mount the real table.
 */
export const tableStubs = { ElTable: true, ElTableColumn: true } as const;
