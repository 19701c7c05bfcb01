/**
 * Linkage rules as the author thinks of them: "required only when <field> = <value>" writes the FEEL
 * condition and both branches. Rules are stored as Formily x-reactions with FEEL in `{{ }}`.
 */
import { asExpression, expressionOf, type FieldType, type FormReaction, type ReactionState } from '@yilian/shared';

/** The state a rule sets. */
export type RuleEffect = keyof ReactionState;
export const RULE_EFFECTS: readonly RuleEffect[] = ['visible', 'required', 'disabled'];

const NUMERIC: ReadonlySet<string> = new Set(['number', 'integer', 'area', 'money']);

/** A value typed by the author as a FEEL literal for a field of `type` (text is quoted and escaped). */
export function feelLiteral(value: string, type: FieldType | string | undefined): string {
  const text = value.trim();
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text;
  if (type !== undefined && NUMERIC.has(type) && text !== '' && Number.isFinite(Number(text))) return String(Number(text));
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The FEEL condition `<key> = <value>`. */
export const equalsCondition = (key: string, value: string, type?: FieldType | string): string => `${key} = ${feelLiteral(value, type)}`;

/** A rule: `effect` is true while `condition` holds and false otherwise. */
export function ruleFor(effect: RuleEffect, condition: string): FormReaction {
  return { when: asExpression(condition), fulfill: { state: { [effect]: true } }, otherwise: { state: { [effect]: false } } };
}

/** The rule's FEEL condition without the braces ('' when it is not one expression). */
export const conditionOf = (rule: FormReaction): string => expressionOf(rule.when) ?? '';

/** The rule with a new condition, its branches kept. */
export const withCondition = (rule: FormReaction, condition: string): FormReaction => ({ ...rule, when: asExpression(condition) });

/** The state the rule sets when its condition holds, and to what (first state of `fulfill`). */
export function effectOf(rule: FormReaction): { effect: RuleEffect; value: boolean } {
  const state = rule.fulfill?.state ?? {};
  const effect = RULE_EFFECTS.find((e) => state[e] !== undefined) ?? 'visible';
  return { effect, value: state[effect] ?? true };
}

/** The rule setting `effect` to `value` when its condition holds and to the opposite otherwise. */
export const withEffect = (rule: FormReaction, effect: RuleEffect, value: boolean): FormReaction => ({
  when: rule.when,
  fulfill: { state: { [effect]: value } },
  otherwise: { state: { [effect]: !value } },
});
