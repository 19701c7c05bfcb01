/**
 * The form's status as the author edits it: the shared `formStatus` (unplaced keys, schema problems,
 * unplaced required fields, unresolved conflicts), computed with the known keys the form's
 * expressions can reach. feelin copies its whole context on every check (~10 ms with 1,000 keys), so
 * a 1,000-field form with 100 rules took a second per edit; keys whose first segment appears nowhere
 * in an expression cannot change a check's outcome, and leaving them out makes it milliseconds.
 */
import {
  applySuggestions, checkFormSchema, formFieldKeys, formKnownKeys,
  type ChainDecisions, type ComposedChain, type FormProblem, type FormSchema, type FormStatus, type Situation,
} from '@yilian/shared';

/** The text of every `{{ … }}` expression in a schema's JSON text. */
const expressionText = (schemaText: string): string => [...schemaText.matchAll(/\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]).join('\n');

/** The known keys whose first segment occurs in the expressions (a superset of those they read). */
export function reachableKeys(known: readonly string[], schemaText: string): string[] {
  const text = expressionText(schemaText);
  return text === '' ? [] : known.filter((key) => text.includes(key.split('.')[0]!));
}

/** Same result as the shared formStatus (tested side by side), checked against the reachable keys only. */
export function liveFormStatus(schema: FormSchema, schemaText: string, composed: ComposedChain, situations: readonly Situation[], decisions: ChainDecisions = {}): FormStatus {
  const { fields } = applySuggestions(composed.fields, decisions.suggestions ?? [], composed.matterCodes);
  const mergedKeys = fields.map((f) => f.key);
  const placed = new Set(formFieldKeys(schema));
  const unplaced = mergedKeys.filter((key) => !placed.has(key));
  const known = reachableKeys(formKnownKeys(situations, mergedKeys, schema), schemaText);
  const problems: FormProblem[] = [...checkFormSchema(schema, known)];
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
