/**
 * The render plan of a schema, built once: layout nodes and fields in display order (`x-index`, else
 * property order) with their Formily addresses. Layout (void) nodes add an address segment but no
 * data level; a field's key is its property name (`premises.area`), also its data path.
 */
import { isFieldType, type FieldType, type FormSchemaNode, type LayoutComponent } from '@yilian/shared';

export interface LayoutPlan {
  kind: 'layout';
  component: LayoutComponent;
  name: string;
  /** Address of the enclosing layout node ('' at the root). */
  basePath: string;
  /** Formily address of the void field (`section_common`, `steps.step1`). */
  address: string;
  node: FormSchemaNode;
  children: PlanNode[];
}

export interface FieldPlan {
  kind: 'field';
  type: FieldType;
  key: string;
  name: string;
  /** Address of the enclosing layout node ('' at the root). */
  basePath: string;
  address: string;
  node: FormSchemaNode;
  /** Addresses of the enclosing layout nodes, outermost first. */
  layouts: string[];
}

export type PlanNode = LayoutPlan | FieldPlan;

/** Children in display order: `x-index` first (stable), then property order. */
export function orderedChildren(node: FormSchemaNode): [string, FormSchemaNode][] {
  return Object.entries(node.properties ?? {})
    .map((entry, index) => ({ entry, order: entry[1]['x-index'] ?? Number.MAX_SAFE_INTEGER, index }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The plan of a node's children; unknown components are left out (checkFormSchema refuses them at save). */
export function buildPlan(root: FormSchemaNode, basePath = '', layouts: string[] = [], prefix = ''): PlanNode[] {
  const out: PlanNode[] = [];
  for (const [name, node] of orderedChildren(root)) {
    const address = basePath === '' ? name : `${basePath}.${name}`;
    const component = node['x-component'];
    if (node.type === 'void' && typeof component === 'string' && !isFieldType(component)) {
      out.push({ kind: 'layout', component: component as LayoutComponent, name, basePath, address, node, children: buildPlan(node, address, [...layouts, address], prefix) });
    } else if (isFieldType(component)) {
      out.push({ kind: 'field', type: component, key: prefix === '' ? name : `${prefix}.${name}`, name, basePath, address, node, layouts });
    }
  }
  return out;
}

/** Every field of a plan, depth-first. */
export function planFields(plan: readonly PlanNode[]): FieldPlan[] {
  return plan.flatMap((p) => (p.kind === 'field' ? [p] : planFields(p.children)));
}

/** Every layout node of a plan, depth-first. */
export function planLayouts(plan: readonly PlanNode[]): LayoutPlan[] {
  return plan.flatMap((p) => (p.kind === 'layout' ? [p, ...planLayouts(p.children)] : []));
}
