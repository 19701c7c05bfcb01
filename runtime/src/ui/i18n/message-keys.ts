/** A nested message catalog: sections of sections of strings. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Every leaf key of a catalog as a dotted path, sorted (e.g. `login.title`). */
export function messageKeys(tree: MessageTree, prefix = ''): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.push(path);
    else keys.push(...messageKeys(value, path));
  }
  return keys.sort();
}

/** Merges catalogs section by section; later catalogs add keys (and win on a clash). */
export function mergeMessages(...trees: MessageTree[]): MessageTree {
  const out: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const current = out[key];
      out[key] =
        typeof value !== 'string' && current !== undefined && typeof current !== 'string'
          ? mergeMessages(current, value)
          : value;
    }
  }
  return out;
}

/** The message at a dotted path, or undefined when there is no string there. */
export function messageAt(tree: MessageTree, path: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}
