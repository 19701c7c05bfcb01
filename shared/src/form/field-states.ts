/** The state of each field for given values: visible and required after the FEEL rules, with permissions. */
import { evaluateFeel } from '../feel';
import { expressionOf, type FieldPermissions, type FormReaction, type FormSchemaNode, type ReactionState } from './form-schema';
import { formContext, withoutKey } from './form-context';
import { walkSchema } from './schema-walk';

export interface FieldState {
  key: string;
  node: FormSchemaNode;
  visible: boolean;
  required: boolean;
  readOnly: boolean;
}

/** True when a rule's condition evaluates to exactly true (errors and unknown answers are "not true"). */
export function conditionHolds(reaction: FormReaction, context: Readonly<Record<string, unknown>>, source: string): boolean {
  const feel = expressionOf(reaction.when);
  if (feel === undefined) return false;
  const result = evaluateFeel(feel, context, source);
  return result.ok && result.value === true;
}

/** A node's state after its rules, starting from its own `required`. */
function applyRules(node: FormSchemaNode, context: Readonly<Record<string, unknown>>, source: string): Required<Pick<ReactionState, 'visible' | 'required'>> {
  const state = { visible: true, required: node.required === true };
  for (const reaction of node['x-reactions'] ?? []) {
    const next = conditionHolds(reaction, context, source) ? reaction.fulfill?.state : reaction.otherwise?.state;
    if (next?.visible !== undefined) state.visible = next.visible;
    if (next?.required !== undefined) state.required = next.required;
  }
  return state;
}

function statesFor(schema: FormSchemaNode, context: Readonly<Record<string, unknown>>, permissions: FieldPermissions): FieldState[] {
  const states: FieldState[] = [];
  const hiddenLayouts = new Set<FormSchemaNode>();
  walkSchema(schema, ({ node, key, inTable, schemaPath, ancestors }) => {
    if (inTable) return false;
    const own = applyRules(node, context, `form:${key ?? schemaPath}`);
    const hiddenAbove = ancestors.some((a) => hiddenLayouts.has(a));
    if (key === null) {
      if (!own.visible || hiddenAbove) hiddenLayouts.add(node);
      return true;
    }
    const access = permissions[key] ?? 'editable';
    states.push({ key, node, visible: own.visible && !hiddenAbove && access !== 'hidden', required: own.required, readOnly: access === 'read-only' });
    return node.type === 'object';
  });
  return states;
}

/**
 * The state of every field for the values and situation answers. Hidden fields leave the context:
 * states are computed once with all values, then again without the hidden ones.
 */
export function fieldStates(
  schema: FormSchemaNode,
  values: Readonly<Record<string, unknown>>,
  answers: Readonly<Record<string, unknown>> = {},
  permissions: FieldPermissions = {},
): FieldState[] {
  const first = statesFor(schema, formContext(answers, values), permissions);
  const visibleValues = first.filter((s) => !s.visible).reduce((acc, s) => withoutKey(acc, s.key), values as Record<string, unknown>);
  return statesFor(schema, formContext(answers, visibleValues), permissions);
}
