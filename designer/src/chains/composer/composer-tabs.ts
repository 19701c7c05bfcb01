/**
 * The composer's tabs, in display order. A later part of the chain (the form designer's 表单, the
 * process designer's 流程) slots in by adding one entry here; the page does not change. Heavy tabs
 * set `lazy` and load their component with defineAsyncComponent.
 */
import { defineAsyncComponent, type Component } from 'vue';
import FieldsTab from './tabs/FieldsTab.vue';
import MaterialsTab from './tabs/MaterialsTab.vue';
import SituationsTab from './tabs/SituationsTab.vue';

export interface ComposerTabEntry {
  name: string;
  /** i18n key of the tab's label. */
  labelKey: string;
  component: Component;
  /** Mount only when first shown. */
  lazy?: boolean;
}

export const COMPOSER_TABS: readonly ComposerTabEntry[] = [
  { name: 'fields', labelKey: 'chains.composer.tabs.fields', component: FieldsTab },
  { name: 'materials', labelKey: 'chains.composer.tabs.materials', component: MaterialsTab },
  { name: 'situations', labelKey: 'chains.composer.tabs.situations', component: SituationsTab },
  { name: 'form', labelKey: 'forms.tab', component: defineAsyncComponent(() => import('../../forms/FormDesignerTab.vue')), lazy: true },
  { name: 'process', labelKey: 'processes.tab', component: defineAsyncComponent(() => import('../../processes/ProcessDesignerTab.vue')), lazy: true },
];

/** The tab shown when a chain opens. */
export const FIRST_TAB = 'fields';
