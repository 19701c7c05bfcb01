/**
 * The form designer's model of a chain form: the schema's nodes as ordered trees, mapped to and from
 * the Formily JSON Schema at this one tested boundary (no designer ids are ever saved).
 */
import type { FormSchema, FormSchemaNode } from '@yilian/shared';

/** A node's own properties: everything but its children. */
export type FormNodeProps = Omit<FormSchemaNode, 'properties' | 'items'>;

/** One node with its property name and ordered children (table columns apart). */
export interface FormItem {
  name: string;
  props: FormNodeProps;
  children: FormItem[];
  /** A table's row columns. */
  columns?: FormItem[];
}

export interface FormModel {
  items: FormItem[];
}

/** A node's place: the names from the root down. */
export type ItemPath = readonly string[];

/** Properties in order: by `x-index` where given (stable, so property order otherwise). */
const ordered = (properties: Record<string, FormSchemaNode> = {}) =>
  Object.entries(properties).sort(([, a], [, b]) => (a['x-index'] ?? 0) - (b['x-index'] ?? 0));

function itemOf(name: string, node: FormSchemaNode): FormItem {
  // The model's order replaces `x-index` (kept, a stale index would undo the author's reordering on reload).
  const { properties, items, 'x-index': _index, ...props } = node;
  const item: FormItem = { name, props, children: ordered(properties).map(([n, child]) => itemOf(n, child)) };
  if (items) item.columns = Object.entries(items.properties ?? {}).map(([n, child]) => itemOf(n, child));
  return item;
}

function nodeOf(item: FormItem): FormSchemaNode {
  const node: FormSchemaNode = { ...item.props };
  if (item.children.length > 0 || item.props.type === 'void' || item.props.type === 'object') {
    if (item.children.length > 0) node.properties = Object.fromEntries(item.children.map((c) => [c.name, nodeOf(c)]));
  }
  if (item.columns) node.items = { type: 'object', properties: Object.fromEntries(item.columns.map((c) => [c.name, nodeOf(c)])) };
  return node;
}

/** The model of a schema (children in property order; an `x-index` reorders siblings and is then dropped). */
export function schemaToModel(schema: FormSchema): FormModel {
  return { items: ordered(schema.properties).map(([name, node]) => itemOf(name, node)) };
}

/** The schema of a model. */
export function modelToSchema(model: FormModel): FormSchema {
  return { type: 'object', properties: Object.fromEntries(model.items.map((item) => [item.name, nodeOf(item)])) };
}

/** True for a layout (void) item. */
export const isLayoutItem = (item: FormItem): boolean => item.props.type === 'void';

/** The data key of the item at `path` (void layout names add no level); null for layouts. */
export function keyAt(model: FormModel, path: ItemPath): string | null {
  const items = itemsAlong(model, path);
  const last = items.at(-1);
  if (!last || isLayoutItem(last)) return null;
  return items.filter((i) => !isLayoutItem(i)).map((i) => i.name).join('.');
}

/** The list a path descends into below `item`: a table's columns, else its children. */
const listBelow = (item: FormItem): FormItem[] => item.columns ?? item.children;

/** The items from the root down to `path` (shorter when the path breaks off); a table's path continues into its columns. */
export function itemsAlong(model: FormModel, path: ItemPath): FormItem[] {
  const out: FormItem[] = [];
  let level = model.items;
  for (const name of path) {
    const item = level.find((i) => i.name === name);
    if (!item) break;
    out.push(item);
    level = listBelow(item);
  }
  return out;
}

/** The item at `path`, or undefined. */
export function itemAt(model: FormModel, path: ItemPath): FormItem | undefined {
  const along = itemsAlong(model, path);
  return along.length === path.length ? along.at(-1) : undefined;
}

/** The children list that holds the item at `path` (the root's items for a top-level item). */
export function siblingsOf(model: FormModel, path: ItemPath): FormItem[] | undefined {
  if (path.length === 0) return undefined;
  return childrenAt(model, path.slice(0, -1));
}

/** The children list of the container at `parentPath` ([] = the root; a table's list is its columns). */
export function childrenAt(model: FormModel, parentPath: ItemPath): FormItem[] | undefined {
  if (parentPath.length === 0) return model.items;
  const parent = itemAt(model, parentPath);
  return parent ? listBelow(parent) : undefined;
}

/** Every field's data key with its path, in order (table columns excluded). */
export function fieldPaths(model: FormModel): Array<{ key: string; path: string[] }> {
  const out: Array<{ key: string; path: string[] }> = [];
  const walk = (items: FormItem[], parent: string[], prefix: string) => {
    for (const item of items) {
      const path = [...parent, item.name];
      if (isLayoutItem(item)) walk(item.children, path, prefix);
      else {
        const key = prefix === '' ? item.name : `${prefix}.${item.name}`;
        out.push({ key, path });
        if (item.children.length > 0) walk(item.children, path, key);
      }
    }
  };
  walk(model.items, [], '');
  return out;
}
