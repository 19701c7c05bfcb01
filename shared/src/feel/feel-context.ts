import { ForbiddenKeyError, isForbiddenKey } from '../keys';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Turns answers keyed by dotted names (`premises.area`) into the nested context FEEL paths read.
 * Every level is a null-prototype object, and a `__proto__`/`constructor`/`prototype` segment is
 * refused with a ForbiddenKeyError naming the key: names from users never reach a prototype.
 */
export function toFeelContext(answers: Readonly<Record<string, unknown>>): Node {
  const root: Node = Object.create(null) as Node;
  for (const [key, value] of Object.entries(answers)) {
    const parts = key.split('.');
    if (parts.some(isForbiddenKey)) throw new ForbiddenKeyError(key);
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (!isNode(next)) node[part] = Object.create(null) as Node;
      node = node[part] as Node;
    }
    node[parts[parts.length - 1]!] = value;
  }
  return root;
}
