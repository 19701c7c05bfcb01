/**
 * The registry of designer features: every `src/<feature>/index.ts` whose default export is a
 * DesignerFeature. Adding a page is one new folder with its index.ts and messages, nothing else.
 */
import type { RouteRecordRaw } from 'vue-router';
import type { DesignerFeature, FeatureMenu } from './feature';

// not ../i18n/index.ts: it merges every feature's messages (importing it here would be a cycle that runs it first)
const modules = import.meta.glob<{ default?: DesignerFeature }>(['../*/index.ts', '!../i18n/index.ts'], { eager: true });

/** Every registered feature, menu pages first in menu order, then the rest by name. */
export const FEATURES: readonly DesignerFeature[] = Object.values(modules)
  .map((module) => module.default)
  .filter((feature): feature is DesignerFeature => feature !== undefined && typeof feature.name === 'string')
  .sort((a, b) => (a.menu?.order ?? Infinity) - (b.menu?.order ?? Infinity) || a.name.localeCompare(b.name));

/** A menu page with the name of its feature. */
export type MenuPage = FeatureMenu & { name: string };

/** The admin pages in menu order; the router, the menu and the dashboard read this list. */
export const MENU_PAGES: readonly MenuPage[] = FEATURES.flatMap((feature) => (feature.menu ? [{ ...feature.menu, name: feature.name }] : []));

/** Every route the features register: their menu pages and their sub-pages. */
export function featureRoutes(): RouteRecordRaw[] {
  return FEATURES.flatMap((feature) => [
    ...(feature.menu
      ? [{ path: feature.menu.path, name: feature.name, component: feature.menu.component, meta: { roles: feature.menu.roles, titleKey: feature.menu.titleKey } } as RouteRecordRaw]
      : []),
    ...(feature.routes ?? []),
  ]);
}
