/** The schema of a data key (field, column, situation): non-empty text without prototype segments. */
import { forbiddenSegment } from '../keys';
import { nonEmptyText } from './schema-messages';

/** Message for a key naming `__proto__`, `constructor` or `prototype`. */
export const FORBIDDEN_KEY_MESSAGE = '不允许使用 __proto__、constructor 或 prototype 作为键名';

/** A key that may become a path in form values and FEEL contexts. */
export function dataKey() {
  return nonEmptyText().refine((key) => forbiddenSegment(key) === undefined, { error: FORBIDDEN_KEY_MESSAGE });
}
