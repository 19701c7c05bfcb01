import 'element-plus/dist/index.css';
import './styles/theme.css';
import { watch, type App } from 'vue';
import type { Router } from 'vue-router';
import { createPinia } from 'pinia';
import { createAppI18n, type ExtraMessages } from './i18n';
import { useSessionStore } from './session/session-store';
import { installAuthGuard, type AuthGuardOptions } from './router/auth-guard';

export interface ShellOptions {
  router: Router;
  /** The app's own message catalogs, merged into the shell's. */
  messages?: ExtraMessages;
  guard?: AuthGuardOptions;
  /** i18n key of the app's name, used in the document title. */
  appNameKey?: string;
}

/** Installs Pinia, vue-i18n, the auth guard, page titles and the router into an app. */
export function installShell(app: App, options: ShellOptions) {
  const pinia = createPinia();
  app.use(pinia);
  const i18n = createAppI18n(options.messages);
  app.use(i18n);
  installAuthGuard(options.router, useSessionStore(pinia), options.guard);
  const t = i18n.global.t;
  const appName = options.appNameKey ?? 'app.name';
  const updateTitle = (): void => {
    const key = options.router.currentRoute.value.meta.titleKey;
    const page = key ? t(key) : '';
    document.title = page ? `${page} - ${t(appName)}` : t(appName);
  };
  options.router.afterEach(updateTitle);
  watch(i18n.global.locale, updateTitle);
  app.use(options.router);
  return { pinia, i18n };
}
