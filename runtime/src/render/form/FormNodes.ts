/**
 * Renders plan nodes: fields as FieldItem, layout nodes by component. The plan is static, so this
 * renders once per parent; at the top level the first section is eager and the others lazy.
 */
import { defineComponent, h, type Component, type PropType } from 'vue';
import type { LayoutComponent } from '@yilian/shared';
import FieldItem from './FieldItem';
import type { PlanNode } from './form-plan';
import FormGrid from './layout/FormGrid.vue';
import FormSection from './layout/FormSection.vue';
import FormSteps from './layout/FormSteps.vue';
import FormTextBlock from './layout/FormTextBlock.vue';

const LAYOUTS: Readonly<Record<LayoutComponent, Component | undefined>> = {
  Section: FormSection,
  Steps: FormSteps,
  Grid: FormGrid,
  TextBlock: FormTextBlock,
  // a Step outside Steps renders as a section
  Step: FormSection,
};

export default defineComponent({
  name: 'FormNodes',
  props: {
    nodes: { type: Array as PropType<readonly PlanNode[]>, required: true },
    level: { type: Number, default: 2 },
    /** The form's top level: only its first section mounts before "rendered". */
    root: { type: Boolean, default: false },
  },
  setup(props) {
    return () => {
      let sections = 0;
      return props.nodes.map((node) => {
        if (node.kind === 'field') return h(FieldItem, { key: node.key, plan: node });
        const component = LAYOUTS[node.component];
        if (!component) return null;
        const isSection = node.component === 'Section' || node.component === 'Step';
        const eager = !props.root || (isSection && sections++ === 0);
        return h(component, { key: node.address, plan: node, level: props.level, ...(isSection ? { eager } : {}) });
      });
    };
  },
});
