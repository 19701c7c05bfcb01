/** The chain form's fields: one per distinct key (catalog-format.md "Fields"). */
import { type DataElement, differingAspects, type Matter } from '../catalog';
import { collectVariants } from './field-variants';
import type { MergedField } from './types';

/**
 * Merges the matters' fields in chain order. `picks` (key → matter code) makes a key take that
 * matter's definition; a pick naming a matter that does not ask the key is ignored. Table columns
 * stay inside their table and are never merged on their own.
 */
export function mergeFields(
  matters: readonly Matter[],
  dataElements?: readonly DataElement[],
  picks?: Readonly<Record<string, string>>,
): MergedField[] {
  const labels = new Map((dataElements ?? []).map((element) => [element.key, element.label]));
  const merged: MergedField[] = [];
  for (const [key, variants] of collectVariants(matters)) {
    const [first] = variants;
    if (!first) continue;
    const picked = variants.find((variant) => variant.matterCode === picks?.[key]) ?? first;
    const label = labels.get(key) ?? first.field.label;
    const required = variants.some((variant) => variant.field.required === true);
    const field: MergedField = {
      key,
      label,
      type: picked.field.type,
      required,
      sources: variants.map((variant) => variant.matterCode),
      definition: { ...picked.field, label, required },
    };
    if (differingAspects(variants.map((variant) => variant.field)).length > 0) field.variants = variants;
    merged.push(field);
  }
  return merged;
}
