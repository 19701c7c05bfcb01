/** Where a chain's form stands against its composition: unplaced fields and every publishing problem. */
import { applySuggestions, type ChainDecisions, type ComposedChain } from '../chain';
import type { Situation } from '../catalog';
import { checkFormSchema } from './check-form-schema';
import type { FormProblem, FormSchemaNode } from './form-schema';
import { formFieldKeys } from './schema-walk';

export interface FormStatus {
  /** Merged field keys missing from the schema, in merge order. */
  unplaced: string[];
  /** Schema problems, unplaced required fields and unresolved conflicts; a form with any cannot be published. */
  problems: FormProblem[];
}

/** The keys a form's FEEL rules may read: situation keys, merged field keys and the schema's own keys. */
export function formKnownKeys(situations: readonly Situation[], mergedKeys: readonly string[], schema?: FormSchemaNode): string[] {
  return [...new Set([...situations.map((s) => s.key), ...mergedKeys, ...(schema ? formFieldKeys(schema) : [])])];
}

/** The status of `schema` for the chain composed in the design view. */
export function formStatus(
  schema: FormSchemaNode,
  composed: ComposedChain,
  situations: readonly Situation[],
  decisions: ChainDecisions = {},
): FormStatus {
  const { fields } = applySuggestions(composed.fields, decisions.suggestions ?? [], composed.matterCodes);
  const mergedKeys = fields.map((f) => f.key);
  const placed = new Set(formFieldKeys(schema));
  const unplaced = mergedKeys.filter((key) => !placed.has(key));
  const problems: FormProblem[] = [...checkFormSchema(schema, formKnownKeys(situations, mergedKeys, schema))];
  for (const field of fields) {
    if (field.required && !placed.has(field.key)) {
      problems.push({ path: field.key, code: 'unplaced_required', message: `必填字段 ${field.label}（${field.key}）尚未放入表单`, params: { key: field.key } });
    }
  }
  for (const conflict of composed.conflicts) {
    problems.push({ path: conflict.key, code: 'unresolved_conflict', message: `字段 ${conflict.key} 的定义冲突尚未解决：${conflict.message}`, params: { key: conflict.key } });
  }
  return { unplaced, problems };
}
