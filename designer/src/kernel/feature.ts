/** A designer feature: one folder that registers its menu page, sub-routes and messages in its index.ts. */
import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import type { Role } from '@yilian/shared';
import type { ExtraMessages } from '@yilian/runtime/ui';

/** The feature's page in the admin menu and on the dashboard. */
export interface FeatureMenu {
  /** Route path of the page, e.g. `/chains`. */
  path: string;
  /** Place in the menu (ascending). */
  order: number;
  titleKey: string;
  descriptionKey: string;
  roles: readonly Role[];
  component: RouteComponent | (() => Promise<unknown>);
}

export interface DesignerFeature {
  /** Unique name; the menu page's route name. */
  name: string;
  menu?: FeatureMenu;
  /** Further pages of the feature. */
  routes?: RouteRecordRaw[];
  /** Messages merged into the designer's catalogs (sections of the feature; menu texts included). */
  messages: ExtraMessages;
}

/** Declares a feature (typed identity; the registry finds it by its folder's index.ts). */
export function defineFeature(feature: DesignerFeature): DesignerFeature {
  return feature;
}
