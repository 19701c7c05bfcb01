/**
 * The printed application form's content: the visible fields (shared `fieldStates`, so what prints
 * is what was validated) grouped by top-level section or step, nested sections as sub-headings.
 */
import { fieldStates, type FieldPermissions, type FormSchema } from '@yilian/shared';
import { buildPlan, type FieldPlan, type LayoutPlan, type PlanNode } from '../form-plan';

export type PrintRow = { kind: 'field'; plan: FieldPlan } | { kind: 'heading'; layout: LayoutPlan };

export interface PrintGroup {
  /** The section or step; undefined for fields outside any section. */
  layout: LayoutPlan | undefined;
  rows: PrintRow[];
}

const isGroup = (node: PlanNode): boolean => node.kind === 'layout' && (node.component === 'Section' || node.component === 'Step');

/** The groups to print, in display order, without empty groups or hidden fields. */
export function printGroups(
  schema: FormSchema,
  values: Readonly<Record<string, unknown>>,
  answers: Readonly<Record<string, unknown>> = {},
  permissions: FieldPermissions = {},
): PrintGroup[] {
  const visible = new Set(fieldStates(schema, values, answers, permissions).filter((s) => s.visible).map((s) => s.key));
  const groups: PrintGroup[] = [];
  let loose: PrintGroup | undefined;

  const rowsOf = (nodes: readonly PlanNode[], nested: boolean): PrintRow[] =>
    nodes.flatMap((node): PrintRow[] => {
      if (node.kind === 'field') return visible.has(node.key) ? [{ kind: 'field', plan: node }] : [];
      if (node.component === 'TextBlock') return [];
      const inner = rowsOf(node.children, nested || isGroup(node));
      return isGroup(node) && nested && inner.length > 0 ? [{ kind: 'heading', layout: node }, ...inner] : inner;
    });

  const walk = (nodes: readonly PlanNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'layout' && isGroup(node)) {
        loose = undefined;
        const rows = rowsOf(node.children, true);
        if (rows.length > 0) groups.push({ layout: node, rows });
      } else if (node.kind === 'layout' && node.component !== 'TextBlock' && node.children.some(isGroup)) {
        walk(node.children); // Steps, or a grid of sections
      } else {
        const rows = rowsOf([node], false);
        if (rows.length === 0) continue;
        if (!loose) groups.push((loose = { layout: undefined, rows: [] }));
        loose.rows.push(...rows);
      }
    }
  };
  walk(buildPlan(schema));
  return groups;
}
