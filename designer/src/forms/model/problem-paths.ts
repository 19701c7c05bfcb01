/**
 * Which item a form problem is about: schema paths (`properties.s.properties.a.x-reactions[0].when`)
 * map to the deepest item whose schema path prefixes them; key problems (`unplaced_required`,
 * `unresolved_conflict`) name a data key. Property names may contain dots, so paths are matched
 * against the model's own schema paths, never split.
 */
import type { FormProblem } from '@yilian/shared';
import { fieldPaths, type FormItem, type FormModel } from './form-model';

/** Every item's schema path → its item path. */
export function schemaPaths(model: FormModel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (items: FormItem[], schemaPath: string, path: string[], listKey: string) => {
    for (const item of items) {
      const at = `${schemaPath === '' ? '' : `${schemaPath}.`}${listKey}.${item.name}`;
      const itemPath = [...path, item.name];
      out.set(at, itemPath);
      walk(item.children, at, itemPath, 'properties');
      if (item.columns) walk(item.columns, at, itemPath, 'items.properties');
    }
  };
  walk(model.items, '', [], 'properties');
  return out;
}

/** The item path a problem is about, or null (e.g. a key not placed in the form). */
export function problemItemPath(model: FormModel, problem: Pick<FormProblem, 'path' | 'code'>, index = schemaPaths(model)): string[] | null {
  if (!problem.path.startsWith('properties.')) return fieldPaths(model).find((f) => f.key === problem.path)?.path ?? null;
  let best: string | undefined;
  for (const at of index.keys()) {
    const rest = problem.path.slice(at.length);
    if (problem.path.startsWith(at) && (rest === '' || rest.startsWith('.') || rest.startsWith('[')) && (!best || at.length > best.length)) best = at;
  }
  return best ? index.get(best)! : null;
}
