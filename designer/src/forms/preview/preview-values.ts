/** Values typed into the preview, kept as the nested JSON a form submits (`a.b` lives at `{ a: { b } }`). */
import { isForbiddenKey } from '@yilian/shared';

type Values = Record<string, unknown>;
const isNode = (v: unknown): v is Values => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A copy of `values` with `value` at the dotted `key` (undefined removes it); forbidden segments are refused. */
export function setValueAt(values: Readonly<Values>, key: string, value: unknown): Values {
  const [head, ...rest] = key.split('.');
  if (head === undefined || isForbiddenKey(head)) throw new Error(`setValueAt: forbidden key ${key}`);
  const copy: Values = { ...values };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
  } else copy[head] = setValueAt(isNode(copy[head]) ? copy[head] : {}, rest.join('.'), value);
  return copy;
}
