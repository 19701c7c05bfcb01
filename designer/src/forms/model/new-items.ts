/** New items the palette places: a catalog field type, a merged field of the chain, a layout block. */
import { FIELD_JSON_TYPES, fieldNode, type FieldType, type FormSchemaNode, type LayoutComponent, type MergedField } from '@yilian/shared';
import { fieldPaths, schemaToModel, type FormItem, type FormModel } from './form-model';

/** The item of one schema node under `name` (through the model boundary, so tables get their columns). */
export function itemOfNode(name: string, node: FormSchemaNode): FormItem {
  return schemaToModel({ type: 'object', properties: { [name]: node } }).items[0]!;
}

/** Every item name in the model (fields, layouts, columns): new names avoid all of them. */
export function takenNames(model: FormModel): Set<string> {
  const names = new Set<string>(fieldPaths(model).map((f) => f.key));
  const walk = (items: FormItem[]) => {
    for (const item of items) {
      names.add(item.name);
      walk(item.children);
      if (item.columns) walk(item.columns);
    }
  };
  walk(model.items);
  return names;
}

/** `${stem}${n}` with the smallest n ≥ 1 not taken. */
export function freshName(stem: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${stem}${n}`)) n += 1;
  return `${stem}${n}`;
}

/** A new field of a catalog type with a fresh key and a default label; a select gets one option, a table no columns yet. */
export function newFieldItem(type: FieldType, label: string, taken: ReadonlySet<string>): FormItem {
  const node: FormSchemaNode = { type: FIELD_JSON_TYPES[type], title: label, 'x-decorator': 'FormItem', 'x-component': type };
  if (type === 'select' || type === 'multiselect') node.enum = [{ label: `${label}1`, value: `${label}1` }];
  if (type === 'table') node.items = { type: 'object', properties: {} };
  return itemOfNode(freshName('field', taken), node);
}

/** The chain's merged field as a form item: its key, label, definition and limits (as the generator writes it). */
export function mergedFieldItem(field: MergedField): FormItem {
  return itemOfNode(field.key, fieldNode(field.definition));
}

const LAYOUT_STEMS: Readonly<Record<LayoutComponent, string>> = { Section: 'section', Steps: 'steps', Step: 'step', Grid: 'grid', TextBlock: 'text' };

/** A new layout block with a fresh name; Steps come with their first Step. */
export function layoutItem(component: LayoutComponent, title: string, taken: ReadonlySet<string>, stepTitle = title): FormItem {
  const name = freshName(LAYOUT_STEMS[component], taken);
  const item: FormItem = { name, props: { type: 'void', 'x-component': component, title }, children: [] };
  if (component === 'TextBlock') item.props = { type: 'void', 'x-component': 'TextBlock', 'x-component-props': { content: title } };
  if (component === 'Grid') item.props['x-component-props'] = { columns: 2 };
  if (component === 'Steps') item.children = [layoutItem('Step', stepTitle, new Set([...taken, name]))];
  return item;
}
