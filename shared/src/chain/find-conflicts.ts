/** Keys whose variants differ in definition (catalog-format.md "Conflicts"). */
import { DEFINITION_ASPECT_TEXT, differingAspects, type Matter } from '../catalog';
import { collectVariants } from './field-variants';
import type { FieldConflict } from './types';

/** Every conflicting key with all its variants, in chain order of first appearance. */
export function findConflicts(matters: readonly Matter[]): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const [key, variants] of collectVariants(matters)) {
    const reasons = differingAspects(variants.map((variant) => variant.field));
    const [reason] = reasons;
    if (reason === undefined) continue;
    const detail = reasons.map((aspect) => DEFINITION_ASPECT_TEXT[aspect]).join('；');
    const label = variants[0]?.field.label ?? key;
    conflicts.push({
      key,
      reason,
      reasons,
      message: `字段“${label}”（${key}）在 ${variants.length} 个事项中定义不一致：${detail}`,
      variants,
    });
  }
  return conflicts;
}
