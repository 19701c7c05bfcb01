/** What replacing one form by another changes, by field key: the summary "Regenerate from chain" shows first. */
import { fieldPaths, itemAt, isLayoutItem, type FormItem, type FormModel } from './form-model';

export interface FormDiff {
  /** Keys only the new form has. */
  added: string[];
  /** Keys only the current form has. */
  removed: string[];
  /** Keys in another container (section, step) or another place among their fields. */
  moved: string[];
  /** Keys whose definition differs (label, type, rules, options, limits…). */
  changed: string[];
  /** Layout blocks (sections, steps…) added and removed, by name. */
  layoutsAdded: string[];
  layoutsRemoved: string[];
}

/** A field's own content: its props and columns (its place is compared apart). */
const content = (item: FormItem) => JSON.stringify({ props: item.props, columns: item.columns });

function layoutNames(model: FormModel): Set<string> {
  const names = new Set<string>();
  const walk = (items: FormItem[]) => {
    for (const item of items) {
      if (isLayoutItem(item)) names.add(item.name);
      walk(item.children);
    }
  };
  walk(model.items);
  return names;
}

/** The differences from `before` (null = no form yet) to `after`. */
export function diffForms(before: FormModel | null, after: FormModel): FormDiff {
  const old = before ? fieldPaths(before) : [];
  const next = fieldPaths(after);
  const oldByKey = new Map(old.map((f, index) => [f.key, { ...f, index }]));
  const nextKeys = new Set(next.map((f) => f.key));
  const diff: FormDiff = { added: [], removed: old.filter((f) => !nextKeys.has(f.key)).map((f) => f.key), moved: [], changed: [], layoutsAdded: [], layoutsRemoved: [] };
  // Order is compared among the keys both forms share, so one insertion does not "move" everything after it.
  const sharedOld = old.filter((f) => nextKeys.has(f.key)).map((f) => f.key);
  const sharedNext = next.filter((f) => oldByKey.has(f.key)).map((f) => f.key);
  for (const field of next) {
    const was = oldByKey.get(field.key);
    if (!was) {
      diff.added.push(field.key);
      continue;
    }
    const container = (path: string[]) => path.slice(0, -1).join('/');
    if (container(was.path) !== container(field.path) || sharedOld.indexOf(field.key) !== sharedNext.indexOf(field.key)) diff.moved.push(field.key);
    if (content(itemAt(before!, was.path)!) !== content(itemAt(after, field.path)!)) diff.changed.push(field.key);
  }
  const [oldLayouts, nextLayouts] = [before ? layoutNames(before) : new Set<string>(), layoutNames(after)];
  diff.layoutsAdded = [...nextLayouts].filter((n) => !oldLayouts.has(n));
  diff.layoutsRemoved = [...oldLayouts].filter((n) => !nextLayouts.has(n));
  return diff;
}

/** True when the diff changes nothing. */
export const isEmptyDiff = (d: FormDiff): boolean =>
  [d.added, d.removed, d.moved, d.changed, d.layoutsAdded, d.layoutsRemoved].every((list) => list.length === 0);
