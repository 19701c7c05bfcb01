import { ForbiddenKeyError, isForbiddenKey } from '../keys';

type Node = Record<string, unknown>;

/**
 * The prototype of every context level: no Object.prototype behind it (names from users never reach
 * it), frozen, with only a `toString` so that the interpreter can format a value in its messages.
 */
const CONTEXT_PROTO: object = Object.freeze(Object.create(null, { toString: { value: () => '[context]' } }) as object);
const newNode = (): Node => Object.create(CONTEXT_PROTO) as Node;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Turns answers keyed by dotted names (`premises.area`) into the nested context FEEL paths read.
 * Every level is an object without Object.prototype (see CONTEXT_PROTO), and a `__proto__`/`constructor`/`prototype` segment is
 * refused with a ForbiddenKeyError naming the key: names from users never reach a prototype.
 */
export function toFeelContext(answers: Readonly<Record<string, unknown>>): Node {
  const root: Node = newNode();
  for (const [key, value] of Object.entries(answers)) {
    const parts = key.split('.');
    if (parts.some(isForbiddenKey)) throw new ForbiddenKeyError(key);
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (!isNode(next)) node[part] = newNode();
      node = node[part] as Node;
    }
    node[parts[parts.length - 1]!] = value;
  }
  return root;
}
