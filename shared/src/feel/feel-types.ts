/**
 * Type checks of FEEL conditions against the types of the fields and situations they read: a comparison of
 * a number field with "abc", or of a text field with 300, is reported (the evaluator would quietly answer
 * null and the matter would apply, or not, for the wrong reason). Parses only; never evaluates.
 */
import { parseExpression } from 'feelin';
import type { FieldType } from '../catalog';
import type { FeelSource } from './feel';

/** The FEEL value kinds a field's answer takes. */
export type FeelValueType = 'number' | 'string' | 'boolean' | 'date';

const BY_FIELD_TYPE: Partial<Record<FieldType, FeelValueType>> = {
  number: 'number', integer: 'number', area: 'number', money: 'number',
  date: 'date', datetime: 'date',
  boolean: 'boolean',
  text: 'string', textarea: 'string', select: 'string', idcard: 'string', uscc: 'string', mobile: 'string', email: 'string', address: 'string',
};

/** The FEEL kind of a field type's answers; undefined for lists, files and tables (not checked). */
export const feelTypeOfField = (type: FieldType | string): FeelValueType | undefined => BY_FIELD_TYPE[type as FieldType];

/** zh-CN name of each kind, for messages. */
export const FEEL_TYPE_TEXT: Readonly<Record<FeelValueType, string>> = { number: '数字', string: '文本', boolean: '是/否', date: '日期' };

/** A comparison whose two sides are of different kinds. */
export interface FeelTypeProblem {
  source: FeelSource;
  expression: string;
  kind: 'type-mismatch';
  /** The variable compared (dotted name) and its kind. */
  name: string;
  expected: FeelValueType;
  /** The literal it is compared with, and that literal's kind. */
  literal: string;
  found: FeelValueType;
  message: string;
  position: { from: number; to: number };
}

/** The syntax node shape used here (lezer SyntaxNode, as feelin returns it). */
interface Node {
  name: string;
  from: number;
  to: number;
  firstChild: Node | null;
  nextSibling: Node | null;
}

const childrenOf = (node: Node): Node[] => {
  const out: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
};

function literalType(node: Node, text: string): FeelValueType | undefined {
  switch (node.name) {
    case 'NumericLiteral': return 'number';
    case 'StringLiteral': return 'string';
    case 'BooleanLiteral': return 'boolean';
    case 'DateTimeLiteral': return /^\s*date\b/.test(text) ? 'date' : undefined;
    default: return undefined;
  }
}

/** Literals inside a comparison's operand (ranges, lists), not inside a nested comparison. */
function literalsIn(node: Node, expression: string): Array<{ node: Node; type: FeelValueType }> {
  const type = literalType(node, expression.slice(node.from, node.to));
  if (type) return [{ node, type }];
  if (node.name === 'Comparison' || node.name === 'FunctionInvocation') return [];
  return childrenOf(node).flatMap((child) => literalsIn(child, expression));
}

const referenceName = (node: Node, expression: string): string | undefined =>
  node.name === 'VariableName' || node.name === 'PathExpression' ? expression.slice(node.from, node.to).replace(/\s+/g, '') : undefined;

/** Every comparison of a typed variable with a literal of another kind; `types` by dotted name. */
export function checkFeelTypes(expression: string, types: Readonly<Record<string, FeelValueType>>, source: FeelSource): FeelTypeProblem[] {
  if (expression.trim() === '') return [];
  const problems: FeelTypeProblem[] = [];
  const visit = (node: Node): void => {
    if (node.name === 'Comparison') {
      const operands = childrenOf(node).filter((child) => !['CompareOp', 'in', 'between', 'and'].includes(child.name));
      const referenceIndex = operands.findIndex((operand) => {
        const name = referenceName(operand, expression);
        return name !== undefined && Object.hasOwn(types, name);
      });
      if (referenceIndex >= 0) {
        const reference = operands[referenceIndex]!;
        const name = referenceName(reference, expression)!;
        const expected = types[name]!;
        for (const { node: literal, type: found } of operands.filter((_, i) => i !== referenceIndex).flatMap((operand) => literalsIn(operand, expression))) {
          if (found === expected) continue;
          const text = expression.slice(literal.from, literal.to);
          problems.push({
            source, expression, kind: 'type-mismatch', name, expected, literal: text, found,
            message: `${source}: 「${name}」是${FEEL_TYPE_TEXT[expected]}，不能与${FEEL_TYPE_TEXT[found]} ${text} 比较`,
            position: { from: node.from, to: node.to },
          });
        }
      }
    }
    childrenOf(node).forEach(visit);
  };
  try {
    visit(parseExpression(expression, {}, undefined).topNode as unknown as Node);
  } catch {
    return []; // a syntax error is reported by checkFeel
  }
  return problems;
}

/** The kinds of the named fields (or situations), by key; fields whose answers are not checked are left out. */
export function feelTypesOf(fields: ReadonlyArray<{ key: string; type: FieldType | string }>): Record<string, FeelValueType> {
  const types = Object.create(null) as Record<string, FeelValueType>;
  for (const field of fields) {
    const type = feelTypeOfField(field.type);
    if (type) types[field.key] = type;
  }
  return types;
}
