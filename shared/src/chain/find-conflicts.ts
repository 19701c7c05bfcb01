/** Keys whose variants differ in definition (catalog-format.md "Conflicts"). */
import { differingAspects, type Matter } from '../catalog';
import { chainMessageZh, conflictMessage } from './chain-messages';
import { collectVariants } from './field-variants';
import type { FieldConflict } from './types';

/** Every conflicting key with all its variants, in chain order of first appearance. */
export function findConflicts(matters: readonly Matter[]): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const [key, variants] of collectVariants(matters)) {
    const reasons = differingAspects(variants.map((variant) => variant.field));
    const [reason] = reasons;
    if (reason === undefined) continue;
    conflicts.push({ key, reason, reasons, message: chainMessageZh(conflictMessage({ key, reasons, variants })), variants });
  }
  return conflicts;
}
