/**
 * The canvas's rows: the visible part of the item tree, flattened in order with depths. Collapsed
 * containers hide their children and a long container shows its first `limit` children plus a
 * "more" row, so a 1,000-field form renders a few dozen rows until the author opens a section.
 */
import { isLayoutItem, type FormItem, type FormModel } from './form-model';

/** A row of the canvas: one item, or the "N more" row of a long container. */
export type FormRow =
  | {
      kind: 'item';
      /** `path.join('/')` (names never contain a slash: keys are dotted identifiers). */
      id: string;
      path: string[];
      depth: number;
      name: string;
      title: string;
      component: string;
      /** Data key of a field (relative to the row for table columns); null for layouts. */
      key: string | null;
      layout: boolean;
      inTable: boolean;
      /** Sections, steps, grids and tables hold items. */
      container: boolean;
      childCount: number;
      collapsed: boolean;
      required: boolean;
      rules: number;
    }
  | { kind: 'more'; id: string; parentId: string; depth: number; hidden: number };

export type ItemRow = Extract<FormRow, { kind: 'item' }>;

/** Layout components that hold other items. */
const CONTAINERS = new Set(['Section', 'Steps', 'Step', 'Grid']);

/** True when the item holds other items (a section, steps, step, grid or table). */
export const isContainer = (item: FormItem): boolean => item.columns !== undefined || CONTAINERS.has(String(item.props['x-component']));

export const rowId = (path: readonly string[]): string => path.join('/');

export interface RowOptions {
  /** Ids of collapsed containers. */
  collapsed: ReadonlySet<string>;
  /** Children shown per container before its "more" row, by container id ('' = the root). */
  shown: ReadonlyMap<string, number>;
  /** Default number of children shown per container. */
  limit: number;
}

/** The visible rows of the model, in document order. */
export function formRows(model: FormModel, options: RowOptions): FormRow[] {
  const rows: FormRow[] = [];
  const walk = (items: FormItem[], parent: string[], depth: number, prefix: string, inTable: boolean) => {
    const parentId = rowId(parent);
    const max = options.shown.get(parentId) ?? options.limit;
    items.slice(0, max).forEach((item) => {
      const path = [...parent, item.name];
      const id = rowId(path);
      const layout = isLayoutItem(item);
      const key = layout ? null : prefix === '' ? item.name : `${prefix}.${item.name}`;
      const list = item.columns ?? item.children;
      const collapsed = options.collapsed.has(id);
      rows.push({
        kind: 'item', id, path, depth, name: item.name, title: item.props.title ?? '', component: String(item.props['x-component'] ?? item.props.type),
        key, layout, inTable, container: isContainer(item), childCount: list.length, collapsed,
        required: item.props.required === true, rules: item.props['x-reactions']?.length ?? 0,
      });
      if (!collapsed && list.length > 0) {
        walk(list, path, depth + 1, item.columns ? '' : layout ? prefix : (key ?? prefix), inTable || item.columns !== undefined);
      }
    });
    if (items.length > max) rows.push({ kind: 'more', id: `${parentId}#more`, parentId, depth, hidden: items.length - max });
  };
  walk(model.items, [], 0, '', false);
  return rows;
}

/** Ids of every container, for "collapse all" (a large form opens with only its first container expanded). */
export function containerIds(model: FormModel): string[] {
  const ids: string[] = [];
  const walk = (items: FormItem[], parent: string[]) => {
    for (const item of items) {
      const path = [...parent, item.name];
      if (isContainer(item)) ids.push(rowId(path));
      walk(item.columns ?? item.children, path);
    }
  };
  walk(model.items, []);
  return ids;
}
