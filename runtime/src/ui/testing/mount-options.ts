import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { defineComponent, h } from 'vue';
import { createAppI18n, type ExtraMessages } from '../i18n';
import { LOCALE_STORAGE_KEY } from '../i18n/locale';

const Blank = defineComponent({ render: () => h('div') });

/** Plugins a component under test needs: a fresh Pinia (active), zh-CN i18n (shell + `messages`) and a memory router. */
export function testPlugins(paths: string[] = ['/'], messages?: ExtraMessages): { pinia: Pinia; router: Router; plugins: unknown[] } {
  localStorage.removeItem(LOCALE_STORAGE_KEY);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...new Set(['/', ...paths])].map((path) => ({ path, component: Blank })),
  });
  return { pinia, router, plugins: [pinia, createAppI18n(messages), router] };
}
