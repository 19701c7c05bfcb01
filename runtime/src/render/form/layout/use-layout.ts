/** What layout components share: visibility from their rules, texts in the locale. */
import { computed, shallowRef, type Ref } from 'vue';
import type { FormSchemaNode } from '@yilian/shared';
import type { LayoutPlan } from '../form-plan';
import { isDynamic, nodeText, rawText, type NodeTextKey } from '../form-texts';
import { useFormily } from '../observer';
import { useRenderContext } from '../render-context';

/** True while the layout is shown: observed only when the node has rules, else constant. */
export function useLayoutVisible(plan: LayoutPlan): Readonly<Ref<boolean>> {
  const { controller } = useRenderContext();
  if (!plan.node['x-reactions']?.length) return shallowRef(true);
  const field = controller.layoutField(plan.address);
  return useFormily(() => field?.display === 'visible');
}

/** A node's text in the form locale; expressions are observed, static texts only follow the locale. */
export function useNodeText(node: FormSchemaNode, key: NodeTextKey, address?: string): Readonly<Ref<string | undefined>> {
  const { controller, locale } = useRenderContext();
  const dynamic = isDynamic(rawText(node, key, 'zh-CN')) || isDynamic(rawText(node, key, 'en'));
  if (!dynamic) return computed(() => nodeText(node, key, locale.value));
  const scope = controller.scope(address ? controller.layoutField(address) : undefined);
  const current = useFormily(() => nodeText(node, key, locale.value, scope));
  return current;
}
