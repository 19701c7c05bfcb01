import type { Field } from '@yilian/shared';

/** A field's validation constraints in one line, e.g. `min 0 · max 100 · maxLength 50`; '' when none. */
export function constraintText(field: Pick<Field, 'min' | 'max' | 'maxLength' | 'pattern'>): string {
  const parts: string[] = [];
  if (field.min !== undefined) parts.push(`min ${field.min}`);
  if (field.max !== undefined) parts.push(`max ${field.max}`);
  if (field.maxLength !== undefined) parts.push(`maxLength ${field.maxLength}`);
  if (field.pattern !== undefined) parts.push(`pattern ${field.pattern}`);
  return parts.join(' · ');
}
