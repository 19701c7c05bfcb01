import type { FormItemRule } from 'element-plus';

/** A check of one field's value: the error message, or null when the value is fine. */
export type FieldCheck = (value: string) => string | null;

/**
 * An Element Plus form rule from a check. `required` only marks the label with an asterisk: the
 * check itself decides what an empty value means.
 */
export function checkRule(check: FieldCheck, options: { required?: boolean; trigger?: 'blur' | 'change' } = {}): FormItemRule {
  return {
    required: options.required ?? true,
    trigger: options.trigger ?? 'blur',
    validator: (_rule, value: unknown, callback) => {
      const error = check(typeof value === 'string' ? value : value == null ? '' : String(value));
      callback(error ? new Error(error) : undefined);
    },
  };
}
