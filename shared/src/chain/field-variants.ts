/** Collection of every matter's definition of each field key, in chain order. */
import type { Matter } from '../catalog';
import type { FieldVariant } from './types';

/** Variants by key; keys in chain order of first appearance, variants in chain order. */
export function collectVariants(matters: readonly Matter[]): Map<string, FieldVariant[]> {
  const variants = new Map<string, FieldVariant[]>();
  for (const matter of matters) {
    for (const field of matter.fields) {
      const list = variants.get(field.key);
      const variant = { matterCode: matter.code, field };
      if (list) list.push(variant);
      else variants.set(field.key, [variant]);
    }
  }
  return variants;
}
