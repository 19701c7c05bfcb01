/** The FEEL context of a form's rules: situation answers overlaid by the form values (one JSON object). */
import { ForbiddenKeyError, isForbiddenKey } from '../keys';
import { toFeelContext } from '../feel';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

function overlay(base: Node, top: Readonly<Node>, path: string): Node {
  const out = Object.assign(Object.create(null) as Node, base);
  for (const [key, value] of Object.entries(top)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (isForbiddenKey(key)) throw new ForbiddenKeyError(at);
    const current = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = isNode(current) && isNode(value) ? overlay(current, value, at) : value;
  }
  return out;
}

/** Answers keyed by dotted situation keys, overlaid by nested form values; values win. */
export function formContext(answers: Readonly<Record<string, unknown>>, values: Readonly<Record<string, unknown>>): Node {
  return overlay(toFeelContext(answers), values, '');
}

/** The value at a dotted key of nested values (own properties only); undefined when absent. */
export function valueAt(values: unknown, key: string): unknown {
  let node = values;
  for (const part of key.split('.')) {
    if (!isNode(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** A copy of `values` without the dotted key (hidden fields leave the values and the context). */
export function withoutKey(values: Readonly<Node>, key: string): Node {
  const [head, ...rest] = key.split('.');
  if (head === undefined || !Object.hasOwn(values, head)) return { ...values };
  const copy: Node = { ...values };
  if (rest.length === 0) delete copy[head];
  else if (isNode(copy[head])) copy[head] = withoutKey(copy[head] as Node, rest.join('.'));
  return copy;
}
