/** Type checks of the chain's applicability conditions against its fields and situations, for the composer. */
import { checkFeelTypes, feelTypeOfField, feelTypesOf, type FeelTypeProblem, type FeelValueType, type FieldType } from '@yilian/shared';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Typed = ReadonlyArray<{ key: string; type: FieldType | string }>;

/**
 * The kind of every name a condition may read: situations, overridden by the merged form's fields (the answer's
 * real type) except fields whose definition is still in conflict (their type is not decided yet).
 */
export function conditionTypes(situations: Typed, fields: Typed, unresolved: readonly string[] = []): Record<string, FeelValueType> {
  return { ...feelTypesOf(situations), ...feelTypesOf(fields.filter((field) => !unresolved.includes(field.key))) };
}

/** One condition's type problems. */
export const conditionProblems = (expression: string, types: Readonly<Record<string, FeelValueType>>, source: string): FeelTypeProblem[] =>
  checkFeelTypes(expression, types, source);

/**
 * What picking a definition of `key` (of `fieldType`) would contradict: the conditions that compare `key` with
 * a literal of another kind, by matter code.
 */
export function pickContradictions(
  key: string, fieldType: string, applicability: Readonly<Record<string, string>>, types: Readonly<Record<string, FeelValueType>>,
): Array<{ matterCode: string; problem: FeelTypeProblem }> {
  const kind = feelTypeOfField(fieldType);
  if (!kind) return [];
  const withPick = { ...types, [key]: kind };
  return Object.entries(applicability).flatMap(([matterCode, expression]) =>
    checkFeelTypes(expression, withPick, `applicability:${matterCode}`)
      .filter((problem) => problem.name === key)
      .map((problem) => ({ matterCode, problem })));
}

/** A type problem in the UI language. */
export const typeProblemText = (t: Translate, problem: FeelTypeProblem): string =>
  t('chains.conditions.typeMismatch', {
    name: problem.name,
    expected: t(`chains.conditions.kinds.${problem.expected}`),
    found: t(`chains.conditions.kinds.${problem.found}`),
    literal: problem.literal,
  });
