/** Walking a form schema: every node with its schema path and, for fields, its data key. */
import type { FormSchemaNode } from './form-schema';

export interface VisitedNode {
  node: FormSchemaNode;
  /** Property name in its parent. */
  name: string;
  /** Schema path, e.g. `properties.section_common.properties.applicant.name`. */
  schemaPath: string;
  /** Data key of a field (void nodes add no level; table columns are relative to their row). */
  key: string | null;
  /** Nodes from the root's child down to the parent. */
  ancestors: FormSchemaNode[];
  /** True inside a table's row (`items`). */
  inTable: boolean;
}

/** The schema path of a property under a parent path. */
const childPath = (parent: string, name: string): string => (parent === '' ? `properties.${name}` : `${parent}.properties.${name}`);

/** Visits nodes depth-first in property order; `visit` returning false skips a node's children. */
export function walkSchema(root: FormSchemaNode, visit: (entry: VisitedNode) => boolean | void): void {
  const go = (node: FormSchemaNode, path: string, dataPrefix: string, ancestors: FormSchemaNode[], inTable: boolean) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const schemaPath = childPath(path, name);
      const key = child.type === 'void' ? null : dataPrefix === '' ? name : `${dataPrefix}.${name}`;
      if (visit({ node: child, name, schemaPath, key, ancestors, inTable }) === false) continue;
      const nextPrefix = child.type === 'void' ? dataPrefix : (key ?? dataPrefix);
      if (child.properties) go(child, schemaPath, child.type === 'object' ? nextPrefix : dataPrefix, [...ancestors, child], inTable);
      if (child.items?.properties) go(child.items, `${schemaPath}.items`, '', [...ancestors, child], true);
    }
  };
  go(root, '', '', [], false);
}

/** Every field key of the form (top level, not table columns), in order. */
export function formFieldKeys(root: FormSchemaNode): string[] {
  const keys: string[] = [];
  walkSchema(root, ({ key, inTable }) => {
    if (key !== null && !inTable) keys.push(key);
  });
  return keys;
}
