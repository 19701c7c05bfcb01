/**
 * The one validator of form values, used by the renderer (its messages) and by the server (the same
 * function): every field, mounted or not; hidden fields (rules, permissions) are skipped, as they
 * leave the values. Table rows are checked column by column (`key[i].column`).
 */
import { fieldStates } from './field-states';
import { valueAt } from './form-context';
import { formProblem } from './form-messages';
import type { FieldPermissions, FormProblem, FormSchemaNode } from './form-schema';
import { checkValue, isEmptyValue } from './value-checks';

export interface ValidateOptions {
  /** "Today" for ID-card birth dates (the injectable clock's day). */
  today?: Date;
}

function checkOne(path: string, node: FormSchemaNode, value: unknown, required: boolean, today: Date, out: FormProblem[]): void {
  const label = node.title ?? path;
  if (isEmptyValue(value)) {
    if (required) out.push(formProblem(path, 'required', { label }));
    return;
  }
  const failure = checkValue(node, value, today);
  if (failure) {
    out.push(formProblem(path, failure.code, { label, ...(failure.limit !== undefined ? { limit: failure.limit } : {}) }));
    return;
  }
  if (node['x-component'] === 'table' && Array.isArray(value)) {
    value.forEach((row: Record<string, unknown>, index) => {
      for (const [column, columnNode] of Object.entries(node.items?.properties ?? {})) {
        checkOne(`${path}[${index}].${column}`, columnNode, row[column], columnNode.required === true, today, out);
      }
    });
  }
}

/** The problems of one field's value (table rows column by column), as `validateFormValues` finds them: the renderer's check on blur. */
export function validateFieldValue(key: string, node: FormSchemaNode, value: unknown, required: boolean, options: ValidateOptions = {}): FormProblem[] {
  const problems: FormProblem[] = [];
  checkOne(key, node, value, required, options.today ?? new Date(), problems);
  return problems;
}

/**
 * Every problem of `values` against `schema`, for the situation answers in `context` and the task's
 * field permissions (read-only fields are not required; hidden fields are skipped).
 */
export function validateFormValues(
  schema: FormSchemaNode,
  values: Readonly<Record<string, unknown>>,
  context: Readonly<Record<string, unknown>> = {},
  permissions?: FieldPermissions,
  options: ValidateOptions = {},
): FormProblem[] {
  const today = options.today ?? new Date();
  const problems: FormProblem[] = [];
  for (const state of fieldStates(schema, values, context, permissions)) {
    if (!state.visible) continue;
    checkOne(state.key, state.node, valueAt(values, state.key), state.required && !state.readOnly, today, problems);
  }
  return problems;
}
